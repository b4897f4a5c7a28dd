// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Warranties on real widgets over a real store, in Persian and Arabic: a sale made at the
// desk and its TV's warranty registered from there with F11 (serial number and Enter, the
// product's default period, the warranty card chosen); a fridge of an earlier sale found
// by its receipt number on the Warranty page; service events logged through the dialog
// with the status following; a swipe of the warranty card showing the status and history;
// the member page's Warranties tab; the expiring list.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "pages/members/MemberView.h"
#include "pages/sales/SaleReceipts.h"
#include "pages/sales/SalesDeskPage.h"
#include "pages/warranty/WarrantyDialogs.h"
#include "pages/warranty/WarrantyPage.h"
#include "pages/warranty/WarrantyPanel.h"
#include "sales/SalesService.h"
#include "util/Clock.h"
#include "warranty/WarrantyService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;

namespace {
const QDateTime kStart(QDate(2026, 8, 1), QTime(10, 0), Qt::UTC);
constexpr Money kPrice = 25'000'000;
const QString kTvBarcode = QStringLiteral("6260000000011");
const QString kFridgeBarcode = QStringLiteral("6260000000028");

QString localDigits(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

void enter(QLineEdit *edit, const QString &text)
{
    retype(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString words(const char *text)
{
    return QCoreApplication::translate("Club::Ui::WarrantyWords", text);
}

struct Shop
{
    TestDatabase db{Database::Engine::SQLite};
    ManualClock clock{kStart};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;
    Actor staff;
    Member member;
    Id tv = kNoId;
    Id fridge = kNoId;
    Card loyaltyCard;
    Card warrantyCard;
    bool ok = false;
    QString problem;

    Shop()
    {
        admin = db.admin();
        staff = db.actorWithRole(Role::Staff);
        hub = std::make_unique<ServiceHub>(db.db(), clock);
        context = std::make_unique<Ui::UiContext>(Ui::UiContext::servicesOf(*hub));
        context->setActor(staff);
        tv = product(QStringLiteral("TV55"), QStringLiteral("تلویزیون ۵۵ اینچ"), QStringLiteral("تلفاز ٥٥ بوصة"),
                     kTvBarcode);
        fridge = product(QStringLiteral("FR1"), QStringLiteral("یخچال"), QStringLiteral("ثلاجة"), kFridgeBarcode);
        if (tv == kNoId || fridge == kNoId || !hub->warranties().setDefaultMonths(admin, tv, 18)) {
            problem = QStringLiteral("products");
            return;
        }
        Member draft = Club::Test::memberDraft(7);
        draft.firstName = QStringLiteral("مریم");
        draft.lastName = QStringLiteral("حسینی");
        Result<Member> m = hub->members().create(admin, draft);
        if (!m) {
            problem = m.error().message;
            return;
        }
        member = *m;
        Result<CardType> loyalty = type(QStringLiteral("باشگاه"), CardKind::Loyalty, QStringLiteral("6280"));
        Result<CardType> warranty = type(QStringLiteral("گارانتی"), CardKind::Warranty, QStringLiteral("6287"));
        if (!loyalty || !warranty) {
            problem = QStringLiteral("card types");
            return;
        }
        Result<Card> l = hub->cards().issue(admin, member.id, loyalty->id);
        Result<Card> w = hub->cards().issue(admin, member.id, warranty->id);
        if (!l || !w) {
            problem = QStringLiteral("cards");
            return;
        }
        loyaltyCard = *l;
        warrantyCard = *w;
        ok = true;
    }
    Id product(const QString &code, const QString &fa, const QString &ar, const QString &barcode)
    {
        Product d;
        d.code = code;
        d.nameFa = fa;
        d.nameAr = ar;
        d.nameEn = code;
        d.barcode = barcode;
        d.tracksStock = false;
        Result<Product> made = hub->catalog().createProduct(admin, d);
        if (!made || !hub->catalog().setPrice(admin, made->id, kNoId, kPrice, kStart))
            return kNoId;
        return made->id;
    }
    Result<CardType> type(const QString &name, CardKind kind, const QString &prefix)
    {
        CardType t;
        t.name = name;
        t.kind = kind;
        t.prefix = prefix;
        return hub->cards().createCardType(admin, t);
    }
};
} // namespace

class TestWarrantyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_warrantypage")); }

    void warrantyFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void warrantyFlow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.problem));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString problem;

        // An older sale of a fridge (the Warranty page finds it by receipt number later).
        QuoteRequest older;
        older.memberId = shop.member.id;
        older.lines = {{shop.fridge, 1, 0}};
        Result<Sale> fridgeSale = shop.hub->sales().commit(shop.staff, older, QStringLiteral("older"));
        QVERIFY(fridgeSale);
        shop.clock.advanceDays(3);

        // The desk: the member's card, the TV, pay; then F11 registers the TV's warranty.
        {
            Ui::SalesDeskPage desk(*shop.context);
            desk.resize(1100, 700);
            desk.show();
            QVERIFY(QTest::qWaitForWindowExposed(&desk));
            desk.activate();
            auto *warrantyButton = child<QPushButton>(&desk, "warrantyButton");
            QVERIFY(warrantyButton);
            QVERIFY(!warrantyButton->isEnabled()); // nothing sold yet
            enter(child(&desk, "customerInput"), shop.loyaltyCard.number);
            enter(child(&desk, "productInput"), kTvBarcode);
            Ui::SaleReceipts::setNextPdfPath(dir.filePath(QStringLiteral("sale.pdf")));
            QTest::mouseClick(child<QPushButton>(&desk, "payButton"), Qt::LeftButton);
            QVERIFY2(desk.lastSale(), qPrintable(Ui::MessageBox::takeLastText()));
            QVERIFY(warrantyButton->isEnabled());
            {
                auto guard = whenModal<Ui::RegisterWarrantyDialog>(&problem, [&](Ui::RegisterWarrantyDialog *d) {
                    if (child<QSpinBox>(d, "months")->value() != 18)
                        return QStringLiteral("the TV's default period is not offered: %1")
                            .arg(child<QSpinBox>(d, "months")->value());
                    auto *card = child<QComboBox>(d, "warrantyCard");
                    if (card->currentData().toLongLong() != shop.warrantyCard.id)
                        return QStringLiteral("the warranty card is not chosen first");
                    screenshot(d, QStringLiteral("warranty-register"));
                    // The serial number has the keyboard; Enter registers.
                    auto *serial = child(d, "serialNo");
                    type(serial, language == QLatin1String("fa") ? QStringLiteral("tv-۴۴۱۰") : QStringLiteral("tv-٤٤١٠"));
                    QTest::keyClick(serial, Qt::Key_Return);
                    if (!d->registered())
                        return QStringLiteral("not registered");
                    return QString();
                });
                QCOMPARE(warrantyButton->shortcut(), QKeySequence(Qt::Key_F11));
                QTest::mouseClick(warrantyButton, Qt::LeftButton);
            }
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QString result = child<QLabel>(&desk, "saleResult")->text();
            QVERIFY2(result.contains(QStringLiteral("TV-4410")), qPrintable(result));
        }
        Result<QList<Warranty>> registered = shop.hub->warranties().ofMember(shop.admin, shop.member.id);
        QVERIFY(registered);
        QCOMPARE(registered->size(), 1);
        const Warranty tv = registered->first();
        QCOMPARE(tv.serialNo, QStringLiteral("TV-4410"));
        QCOMPARE(tv.months, 18);
        QCOMPARE(tv.cardId, shop.warrantyCard.id);
        QCOMPARE(tv.startsAt, kStart.addDays(3));

        // The Warranty page: the fridge of the older sale, found by its receipt number.
        Ui::WarrantyPage page(*shop.context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        {
            auto guard = whenModal<Ui::RegisterWarrantyDialog>(&problem, [&](Ui::RegisterWarrantyDialog *d) {
                if (child<QPushButton>(d, "confirm")->isEnabled())
                    return QStringLiteral("register enabled before a sale was found");
                enter(child(d, "receiptNo"), localDigits(fridgeSale->receiptNo));
                if (!child<QLabel>(d, "saleInfo")->text().contains(shop.member.lastName))
                    return QStringLiteral("sale not found: %1").arg(child<QLabel>(d, "saleInfo")->text());
                if (child<QSpinBox>(d, "months")->value() != 0)
                    return QStringLiteral("the fridge has no default period");
                type(child(d, "serialNo"), QStringLiteral("FR-77"));
                QTest::keyClick(child(d, "serialNo"), Qt::Key_Return);
                if (d->registered())
                    return QStringLiteral("registered without a period");
                if (!d->isVisible())
                    return QStringLiteral("the dialog closed on a refusal");
                retypeSpin(child<QSpinBox>(d, "months"), localDigits(12));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (!d->registered())
                    return QStringLiteral("fridge not registered");
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "registerWarranty"), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Ui::WarrantyPanel *panel = page.panel();
        QVERIFY(panel->current());
        QCOMPARE(panel->current()->serialNo, QStringLiteral("FR-77"));
        QCOMPARE(panel->current()->months, 12);

        QCOMPARE(panel->current()->cardId, shop.warrantyCard.id); // the warranty card is offered first

        // A swipe of the warranty card: the TV and the fridge; the TV active, no history yet.
        CardPresentation swipe;
        swipe.cardNumber = shop.warrantyCard.number;
        swipe.source = QStringLiteral("keyboard");
        QVERIFY(page.takeCardPresentation(swipe));
        QCOMPARE(panel->count(), 2);
        QVERIFY(panel->selectWarranty(tv.id));
        QVERIFY(panel->current());
        QCOMPARE(panel->current()->id, tv.id);
        QVERIFY2(panel->summary()->text().contains(words("Active")), qPrintable(panel->summary()->text()));
        QCOMPARE(panel->history()->rowCount(), 0);

        // Service: received (with a note), then diagnosed, offered in turn by the dialog.
        auto *log = child<QPushButton>(panel, "logWarrantyEvent");
        QVERIFY(log->isEnabled());
        for (const auto &[kind, note] : {std::pair{WarrantyEventKind::Received, QStringLiteral("صفحه خاموش است")},
                                         std::pair{WarrantyEventKind::Diagnosed, QString()}}) {
            auto guard = whenModal<Ui::WarrantyEventDialog>(&problem, [&, kind = kind, note = note](Ui::WarrantyEventDialog *d) {
                auto *combo = child<QComboBox>(d, "eventKind");
                if (WarrantyEventKind(combo->currentData().toInt()) != kind)
                    return QStringLiteral("the next step offered is %1").arg(combo->currentText());
                type(child(d, "eventNote"), note);
                if (kind == WarrantyEventKind::Received)
                    screenshot(d, QStringLiteral("warranty-event"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->logged() ? QString() : QStringLiteral("event not logged");
            });
            QTest::mouseClick(log, Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(panel->history()->rowCount(), 2);
        QCOMPARE(panel->history()->item(0, 1)->text(), words("Received for service"));
        QCOMPARE(panel->history()->item(0, 2)->text(), QStringLiteral("صفحه خاموش است"));
        QCOMPARE(panel->history()->item(1, 1)->text(), words("Diagnosed"));
        QVERIFY2(panel->summary()->text().contains(words("In service")), qPrintable(panel->summary()->text()));
        const int tvRow = Ui::TableViews::selectedRow(panel->table());
        QCOMPARE(panel->table()->item(tvRow, Ui::WarrantyPanel::StatusColumn)->text(), words("In service"));
        QVERIFY(screenshot(&page, QStringLiteral("warranty-page")));

        // A refused step stays in the dialog with its reason.
        {
            auto guard = whenModal<Ui::WarrantyEventDialog>(&problem, [&](Ui::WarrantyEventDialog *d) {
                choose(child<QComboBox>(d, "eventKind"), int(WarrantyEventKind::Received));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (d->logged() || !d->isVisible())
                    return QStringLiteral("received twice was accepted");
                return QString();
            });
            QTest::mouseClick(log, Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(panel->history()->rowCount(), 2);

        // The member page's Warranties tab: both items.
        Ui::MemberView view(*shop.context);
        view.resize(1100, 760);
        view.show();
        QVERIFY(view.showMember(shop.member.id));
        QCOMPARE(view.warrantyPanel()->count(), 2);
        view.tabs()->setCurrentWidget(view.warrantyPanel());
        QVERIFY(view.tabs()->isTabVisible(view.tabs()->indexOf(view.warrantyPanel())));
        QVERIFY(screenshot(&view, QStringLiteral("member-warranties")));

        // Ending within 30 days, a year and a half later: the TV only (the fridge ended).
        shop.clock.set(tv.endsAt.addDays(-10));
        child<QSpinBox>(&page, "expiringDays")->setValue(30);
        QTest::mouseClick(child<QPushButton>(&page, "showExpiring"), Qt::LeftButton);
        QCOMPARE(panel->count(), 1);
        QCOMPARE(panel->current()->id, tv.id);
    }
};

QTEST_MAIN(TestWarrantyPage)
#include "tst_warrantypage.moc"
