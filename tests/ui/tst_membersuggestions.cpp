// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The member page's suggestions: a member with points that expire soon and enough of them
// for a gift in stock opens with both in words, and the panel follows the ledger.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "pages/members/MemberSuggestionsPanel.h"
#include "pages/members/MemberView.h"
#include "pages/members/MembersPage.h"
#include "shell/MainWindow.h"
#include "TestMain.h"

#include <QGroupBox>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace MemberFlow;

namespace {
const QDateTime kNow(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC);

bool hasLatinDigit(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[0-9]")));
}
} // namespace

class tst_MemberSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_membersuggestions"));
    }

    void panelShowsGiftAndExpiringPoints_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void panelShowsGiftAndExpiringPoints()
    {
        QFETCH(QString, lang);
        QVERIFY(Ui::Language::install(lang) || lang != QLatin1String("fa"));
        TestDatabase db{Database::Engine::SQLite};
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const Actor admin = db.admin();
        ManualClock clock(kNow);
        ServiceHub hub(db.db(), clock);
        Ui::UiContext context(Ui::UiContext::servicesOf(hub));
        context.setActor(admin);

        Result<Warehouse> warehouse = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("انبار"));
        QVERIFY(warehouse);
        Product gift;
        gift.code = QStringLiteral("G1");
        gift.nameFa = QStringLiteral("سکه بهار آزادی");
        gift.nameAr = QStringLiteral("عملة ذهبية");
        gift.isGift = true;
        gift.giftPoints = 1000;
        Result<Product> made = hub.catalog().createProduct(admin, gift);
        QVERIFY(made);
        StockMovement in;
        in.productId = made->id;
        in.warehouseId = warehouse->id;
        in.kind = MovementKind::Receipt;
        in.qty = 2;
        QVERIFY(hub.inventory().record(admin, in));

        Member draft = Club::Test::memberDraft(1);
        draft.firstName = QStringLiteral("سارا");
        draft.lastName = QStringLiteral("کریمی");
        Result<Member> sara = hub.members().create(admin, draft);
        QVERIFY(sara);
        const QDateTime expires = kNow.addDays(12);
        EarnOptions soon;
        soon.expiresAt = expires;
        QVERIFY(hub.ledger().earnPoints(admin, sara->accountId, 1250, soon, QStringLiteral("earn-soon")));
        EarnOptions later;
        later.expiresAt = kNow.addDays(200);
        QVERIFY(hub.ledger().earnPoints(admin, sara->accountId, 300, later, QStringLiteral("earn-later")));

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(context));
        window->resize(1280, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        Q_EMIT context.openMemberRequested(sara->id);
        auto *view = window->page<Ui::MembersPage>()->memberView();
        QTRY_COMPARE(view->member().id, sara->id);
        Ui::MemberSuggestionsPanel *panel = view->suggestionsPanel();
        QVERIFY(panel && panel->isVisible());

        const QStringList texts = panel->suggestionTexts();
        QCOMPARE(texts.size(), 2);
        // Points expiring first, then the gift; numbers and dates in the language's digits.
        QVERIFY2(texts.at(0).contains(Ui::Format::date(expires.date())), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(lang == QLatin1String("ar") ? gift.nameAr : gift.nameFa), qPrintable(texts.at(1)));
        QVERIFY2(texts.at(1).contains(Ui::Format::number(1550)), qPrintable(texts.at(1)));
        const QString expiring = panel->expiringText();
        QVERIFY2(expiring.contains(Ui::Format::date(expires.date())), qPrintable(expiring));
        QVERIFY2(expiring.contains(Ui::Format::number(1250)), qPrintable(expiring));
        QVERIFY2(!expiring.contains(Ui::Format::number(300)), qPrintable(expiring));
        for (const QString &t : texts + QStringList{expiring})
            QVERIFY2(!hasLatinDigit(t), qPrintable(t));
        for (QGroupBox *box : panel->findChildren<QGroupBox *>())
            QVERIFY2(!hasLatinDigit(box->title()), qPrintable(box->title()));
        QVERIFY(screenshot(window.get(), QStringLiteral("member-suggestions")));

        // Spending follows at once: the soonest lot pays, so 1,000 of its points are gone
        // and the gift is out of reach.
        QVERIFY(hub.ledger().spendPoints(admin, sara->accountId, 1000, QStringLiteral("test"), QStringLiteral("spend")));
        QTRY_VERIFY(panel->expiringText().contains(Ui::Format::number(250)));
        QCOMPARE(panel->suggestionTexts().size(), 1);

        // Past the lot's expiry nothing is left to announce.
        clock.set(expires.addSecs(1));
        QVERIFY(hub.ledger().spendPoints(admin, sara->accountId, 10, QStringLiteral("test"), QStringLiteral("spend-2")));
        QTRY_COMPARE(panel->suggestionTexts().size(), 1); // "nothing to suggest"
        QVERIFY(!panel->findChild<QListWidget *>(QStringLiteral("memberSuggestions"))->item(0)->data(Qt::UserRole).isValid());
        QVERIFY(!panel->expiringText().contains(Ui::Format::number(250)));
    }
};

QTEST_MAIN(tst_MemberSuggestions)
#include "tst_membersuggestions.moc"
