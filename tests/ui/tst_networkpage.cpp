// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page on real widgets over a real store: a guild and a merchant added through
// their dialogs (the merchant refused without a guild, inline), a branch of the merchant
// with its terminal, a guild deactivated after the question, and the settlement of a
// member's points earned at the store and spent at the new merchant: shown for a Jalali
// period, settled once, exported as CSV. Screenshots of every tab in fa and ar.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "network/NetworkService.h"
#include "pages/network/NetworkDialogs.h"
#include "pages/network/NetworkPage.h"
#include "pages/network/NetworkTabs.h"
#include "pages/network/SettlementTab.h"
#include "sales/SalesService.h"
#include "util/Clock.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Ui::MessageBox;

namespace {
constexpr Money kPrice = 100'000;
const QCalendar kJalali(QCalendar::System::Jalali);
const QTimeZone kTehran(QByteArrayLiteral("Asia/Tehran"));
// 1405/04/10 10:00 in Tehran.
const QDateTime kStart = QDateTime(kJalali.dateFromParts(1405, 4, 10), QTime(10, 0), kTehran).toUTC();

struct Shop
{
    TestDatabase db{Database::Engine::SQLite};
    ManualClock clock{kStart};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;
    Member member;
    Id product = kNoId;
    QString problem;

    Shop()
    {
        admin = db.admin();
        hub = std::make_unique<ServiceHub>(db.db(), clock);
        context = std::make_unique<Ui::UiContext>(Ui::UiContext::servicesOf(*hub));
        context->setActor(admin);
        SalesSettings settings = hub->sales().settings();
        settings.pointValue = 100;
        settings.zone = kTehran;
        hub->sales().setSettings(settings);
        if (!hub->auth().setSetting(admin, QStringLiteral("store.name"), QStringLiteral("فروشگاه گلستان")))
            problem = QStringLiteral("store name");
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("P1");
        d.tracksStock = false;
        const Result<Product> made = hub->catalog().createProduct(admin, d);
        if (!made || !hub->catalog().setPrice(admin, made->id, kNoId, kPrice, kStart)) {
            problem = QStringLiteral("catalog");
            return;
        }
        product = made->id;
        Rule earn;
        earn.name = QStringLiteral("Base");
        earn.points = 1;
        earn.perAmount = 1000;
        const Result<Member> m = hub->members().create(admin, Club::Test::memberDraft(1));
        if (!hub->rules().create(admin, earn) || !m) {
            problem = QStringLiteral("rule or member");
            return;
        }
        member = *m;
    }

    Result<Sale> sell(const Actor &at, Points redeem, const QString &key)
    {
        QuoteRequest r;
        r.memberId = member.id;
        r.lines = {{product, 1, 0}};
        r.pointsToRedeem = redeem;
        return hub->sales().commit(at, r, key);
    }
};

template<typename T> T *tab(Ui::NetworkPage &page, int index)
{
    page.tabs()->setCurrentIndex(index);
    QApplication::processEvents();
    return qobject_cast<T *>(page.tabs()->currentWidget());
}

int rowWith(QTableWidget *table, int column, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, column) && table->item(r, column)->text().contains(text))
            return r;
    }
    return -1;
}
} // namespace

class TestNetworkPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_networkpage")); }

    void networkFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void networkFlow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Shop shop;
        QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
        Ui::NetworkPage page(*shop.context);
        page.resize(1000, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isRightToLeft());
        page.activate();

        // Guilds: add one through its dialog, add a second and deactivate it after the question.
        auto *guilds = tab<Ui::GuildsTab>(page, 2);
        QVERIFY(guilds);
        for (const QString &name : {QStringLiteral("سوپرمارکت"), QStringLiteral("داروخانه")}) {
            QString problem;
            auto guard = whenModal<Ui::NetworkItemDialog>(&problem, [&](Ui::NetworkItemDialog *d) {
                type(d->nameEdit(), name);
                QTest::keyClick(d->nameEdit(), Qt::Key_Return);
                return d->result() == QDialog::Accepted ? QString() : QStringLiteral("the guild was not saved");
            });
            QTest::mouseClick(child<QPushButton>(guilds, "add"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(guilds->table()->rowCount(), 2);
        const int pharmacy = rowWith(guilds->table(), 0, QStringLiteral("داروخانه"));
        QVERIFY(pharmacy >= 0);
        guilds->table()->setCurrentCell(pharmacy, 0);
        QCOMPARE(guilds->selectedRow(), pharmacy);
        QVERIFY(child<QPushButton>(guilds, "toggleActive")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(guilds, "toggleActive"), Qt::LeftButton);
        QVERIFY(MessageBox::takeLastText().contains(QStringLiteral("داروخانه")));
        const auto stored = shop.hub->network().guilds(shop.admin);
        QVERIFY(stored);
        Id supermarket = kNoId;
        for (const Guild &g : *stored) {
            QCOMPARE(g.active, g.name != QStringLiteral("داروخانه"));
            if (g.active)
                supermarket = g.id;
        }
        QVERIFY(screenshot(&page, QStringLiteral("network-guilds")));

        // Merchants: refused inline without a guild, saved once one is chosen.
        auto *merchants = tab<Ui::MerchantsTab>(page, 1);
        QVERIFY(merchants);
        QCOMPARE(merchants->table()->rowCount(), 1); // the store itself
        QVERIFY(merchants->table()->item(0, 0)->text().contains(QStringLiteral("فروشگاه گلستان")));
        QVERIFY(merchants->crossSpend()->isChecked());
        {
            QString problem;
            auto guard = whenModal<Ui::NetworkItemDialog>(&problem, [&](Ui::NetworkItemDialog *d) {
                type(d->nameEdit(), QStringLiteral("هایپر بهار"));
                QTest::keyClick(d->nameEdit(), Qt::Key_Return);
                if (d->result() == QDialog::Accepted)
                    return QStringLiteral("saved without a guild");
                auto *error = child<QLabel>(d, "guildIdError");
                if (!error || error->text().isEmpty())
                    return QStringLiteral("no error under the guild");
                if (!choose(d->choice(), QVariant::fromValue<qint64>(supermarket)))
                    return QStringLiteral("the guild could not be chosen");
                QTest::keyClick(d->nameEdit(), Qt::Key_Return);
                return d->result() == QDialog::Accepted ? QString() : QStringLiteral("the merchant was not saved");
            });
            QTest::mouseClick(child<QPushButton>(merchants, "add"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(merchants->table()->rowCount(), 2);
        QVERIFY(screenshot(&page, QStringLiteral("network-merchants")));
        const auto allMerchants = shop.hub->network().merchants(shop.admin);
        QVERIFY(allMerchants && allMerchants->size() == 2);
        const Merchant bahar = allMerchants->at(1);
        QVERIFY(!bahar.home);

        // Branches: a branch of the new merchant, chosen with the keyboard.
        auto *branches = tab<Ui::BranchesTab>(page, 0);
        QVERIFY(branches);
        QCOMPARE(branches->table()->rowCount(), 1);
        {
            QString problem;
            auto guard = whenModal<Ui::NetworkItemDialog>(&problem, [&](Ui::NetworkItemDialog *d) {
                type(d->codeEdit(), QStringLiteral("BH-1"));
                type(d->nameEdit(), QStringLiteral("بهار مرکزی"));
                if (!choose(d->choice(), QVariant::fromValue<qint64>(bahar.id)))
                    return QStringLiteral("the merchant could not be chosen");
                QTest::keyClick(d->nameEdit(), Qt::Key_Return);
                return d->result() == QDialog::Accepted ? QString() : QStringLiteral("the branch was not saved");
            });
            QTest::mouseClick(child<QPushButton>(branches, "add"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(branches->table()->rowCount(), 2);
        const int bh = rowWith(branches->table(), 0, QStringLiteral("BH-1"));
        QVERIFY(bh >= 0);
        QVERIFY(branches->table()->item(bh, 2)->text().contains(QStringLiteral("هایپر بهار")));

        // Points earned at the store, spent at the new merchant's branch from its terminal.
        const auto list = shop.hub->network().branches(shop.admin);
        Actor atBahar = shop.admin;
        atBahar.branchId = list->at(bh).id;
        atBahar.terminal = QStringLiteral("POS-BH-1");
        QVERIFY(shop.sell(shop.admin, 0, QStringLiteral("earn")).ok()); // 100 points at the store
        shop.clock.advanceDays(8); // past the return window: the points can be spent
        const Result<Sale> spent = shop.sell(atBahar, 60, QStringLiteral("spend"));
        QVERIFY2(spent.ok(), qPrintable(spent ? QString() : spent.error().message));
        page.activate();
        QVERIFY(branches->table()->item(bh, 3)->text().contains(QStringLiteral("POS-BH-1")));
        QVERIFY(screenshot(&page, QStringLiteral("network-branches")));

        // Settlement for 1405/04/01–1405/04/31: the store owes the merchant 60 points' value.
        shop.clock.set(QDateTime(kJalali.dateFromParts(1405, 5, 2), QTime(9, 0), kTehran));
        auto *settlement = tab<Ui::SettlementTab>(page, 3);
        QVERIFY(settlement);
        settlement->fromEdit()->setDate(kJalali.dateFromParts(1405, 4, 1));
        settlement->toEdit()->setDate(kJalali.dateFromParts(1405, 4, 31));
        QTest::mouseClick(child<QPushButton>(settlement, "show"), Qt::LeftButton);
        QCOMPARE(settlement->merchantsTable()->rowCount(), 2);
        QCOMPARE(settlement->pairsTable()->rowCount(), 1);
        QVERIFY(settlement->pairsTable()->item(0, 0)->text().contains(QStringLiteral("فروشگاه گلستان")));
        QCOMPARE(settlement->pairsTable()->item(0, 2)->text(), Ui::Format::money(6'000));
        QCOMPARE(settlement->report().total, 0);
        QVERIFY(settlement->settleButton()->isEnabled());
        QVERIFY(screenshot(&page, QStringLiteral("network-settlement")));

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("settlement.csv"));
        QVERIFY(settlement->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("6000")));
        QVERIFY(text.contains(QStringLiteral("-6000")));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(settlement->settleButton(), Qt::LeftButton);
        QVERIFY(settlement->report().paymentTransactionId != kNoId);
        QVERIFY(!settlement->settleButton()->isEnabled());
        QVERIFY(!settlement->status()->text().isEmpty());
        const auto again = shop.hub->network().settlement(shop.admin, settlement->report().from, settlement->report().to);
        QCOMPARE(again->paymentTransactionId, settlement->report().paymentTransactionId);
        QVERIFY(screenshot(&page, QStringLiteral("network-settled")));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
