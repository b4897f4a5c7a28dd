// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo club, as a newcomer first sees it: the wizard's demo data in the main window,
// in Persian and in Arabic, with a member who has a family, cards and points history.
#include "MemberFlowSupport.h"
#include "demo/DemoData.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "models/MemberSearchModel.h"
#include "pages/members/MembersPage.h"
#include "shell/MainWindow.h"
#include "TestMain.h"

#include <QLabel>
#include <QTabWidget>

using namespace MemberFlow;

class TestDemoClub : public QObject
{
    Q_OBJECT

    Store m_store;
    Id m_familyMember = kNoId;

private Q_SLOTS:
    void initTestCase()
    {
        DemoDataGenerator::Options options;
        options.members = 80;
        QVERIFY(DemoDataGenerator(m_store.db.db()).generate(m_store.admin, options).ok());

        // A member with a family and a points history: what a newcomer should see.
        MemberService &members = m_store.hub->members();
        Result<QList<MemberSummary>> all = members.search(m_store.admin, {}, 200);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 80);
        for (const MemberSummary &m : *all) {
            Result<QList<Member>> family = members.family(m_store.admin, m.id);
            Result<QList<JournalTransaction>> history = m_store.hub->ledger().history(m_store.admin, m.accountId, 5);
            if (family && family->size() > 1 && history && history->size() >= 3) {
                m_familyMember = m.id;
                break;
            }
        }
        QVERIFY2(m_familyMember != kNoId, "the demo club has no family with a points history");
    }

    void mainWindowShowsTheClub_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void mainWindowShowsTheClub()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*m_store.context));
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->isRightToLeft());

        auto *page = window->page<Ui::MembersPage>();
        QVERIFY(page);
        QVERIFY(window->showPage(page));
        QTRY_VERIFY_WITH_TIMEOUT(page->searchModel()->rowCount() >= 50, 5000); // the newest members
        QVERIFY(screenshot(window.get(), QStringLiteral("democlub-members")));

        page->openMember(m_familyMember);
        QApplication::processEvents();
        const Member shown = *m_store.hub->members().member(m_store.admin, m_familyMember);
        QVERIFY2(!window->findChildren<QLabel *>().isEmpty(), "member view has no labels");
        bool nameShown = false;
        for (const QLabel *label : window->findChildren<QLabel *>())
            nameShown = nameShown || (label->isVisible() && label->text().contains(shown.lastName));
        QVERIFY2(nameShown, qPrintable(shown.fullName()));
        QVERIFY(screenshot(window.get(), QStringLiteral("democlub-member")));
        // The family and the points history, each on its tab.
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QVERIFY(screenshot(window.get(), QStringLiteral("democlub-member-tab%1").arg(i)));
            }
        }
    }
};

QTEST_MAIN(TestDemoClub)
#include "tst_democlub.moc"
