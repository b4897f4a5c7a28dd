// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Transactions page on real widgets over a real store: the list and its kind and
// member filters, a sale's detail with its entries and the rule behind its points, the
// sale voided through the dialog (reason required, confirmed), CSV export, and who sees
// the Void button. Screenshots in fa and ar.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "pages/transactions/TransactionDetailPane.h"
#include "pages/transactions/TransactionListModel.h"
#include "pages/transactions/TransactionsPage.h"
#include "pages/transactions/VoidDialog.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "transactions/TransactionService.h"
#include "util/Clock.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Ui::MessageBox;

namespace {
constexpr Money kPrice = 100'000;
const QDateTime kStart(QDate(2026, 8, 1), QTime(7, 0), Qt::UTC);

struct Shop
{
    TestDatabase db{Database::Engine::SQLite};
    ManualClock clock{kStart};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;
    Actor manager;
    Member member;
    Card card;
    Sale sale;
    Id earned = kNoId;
    QString problem = QStringLiteral("not set up");

    Shop()
    {
        admin = db.admin();
        manager = db.actorWithRole(Role::Manager);
        hub = std::make_unique<ServiceHub>(db.db(), clock);
        context = std::make_unique<Ui::UiContext>(Ui::UiContext::servicesOf(*hub));
        context->setActor(manager);
        SalesSettings settings = hub->sales().settings();
        settings.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
        hub->sales().setSettings(settings);
        const Result<Warehouse> w = hub->inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("Rug");
        d.nameFa = QStringLiteral("فرش");
        d.nameAr = QStringLiteral("سجادة");
        const Result<Product> made = hub->catalog().createProduct(admin, d);
        if (!w || !made || !hub->catalog().setPrice(admin, made->id, kNoId, kPrice, kStart))
            return;
        StockMovement m;
        m.productId = made->id;
        m.warehouseId = w->id;
        m.qty = 50;
        if (!hub->inventory().record(admin, m))
            return;
        Rule earn;
        earn.name = QStringLiteral("امتیاز پایه");
        earn.points = 1;
        earn.perAmount = 1000;
        if (!hub->rules().create(admin, earn))
            return;
        Member draft = Club::Test::memberDraft(1);
        draft.firstName = QStringLiteral("مریم");
        draft.lastName = QStringLiteral("کاظمی");
        const Result<Member> mem = hub->members().create(admin, draft);
        if (!mem)
            return;
        member = *mem;
        CardType t;
        t.name = QStringLiteral("Loyalty");
        t.prefix = QStringLiteral("6280");
        const Result<CardType> type = hub->cards().createCardType(admin, t);
        const Result<Card> c = type ? hub->cards().issue(admin, member.id, type->id) : Result<Card>(Error{});
        if (!c)
            return;
        card = *c;
        const Result<PostResult> e =
            hub->ledger().earnPoints(admin, member.accountId, 40, {}, QStringLiteral("welcome"));
        clock.advanceSecs(600);
        QuoteRequest r;
        r.memberId = member.id;
        r.cardId = card.id;
        r.lines = {{made->id, 2, 0}};
        const Result<Sale> s = hub->sales().commit(admin, r, QStringLiteral("sale-1"));
        clock.advanceSecs(600);
        const Result<PostResult> charge =
            hub->ledger().chargeStoredValue(admin, member.accountId, 30'000, {}, QStringLiteral("charge"));
        if (!e || !s || !charge) {
            problem = QStringLiteral("postings");
            return;
        }
        earned = e->transactionId;
        sale = *s;
        problem.clear();
    }
};

Ui::TransactionListModel *modelOf(Ui::TransactionsPage &page)
{
    return page.model();
}
} // namespace

class TestTransactionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_transactionspage")); }

    void flow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void flow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Shop shop;
        QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));

        Ui::TransactionsPage page(*shop.context);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QCOMPARE(modelOf(page)->rowCount(), 3);
        QCOMPARE(page.table()->model()->data(page.table()->model()->index(0, 0)).toString(), Ui::Format::number(3));

        // Only sales.
        auto *kind = child<QComboBox>(&page, "kind");
        QVERIFY(choose(kind, QStringLiteral("sale")));
        QTest::mouseClick(child<QPushButton>(&page, "search"), Qt::LeftButton);
        QCOMPARE(modelOf(page)->rowCount(), 1);
        QCOMPARE(modelOf(page)->row(0).id, shop.sale.transactionId);

        // Its detail: every entry and, under the line, the rule behind its 200 points.
        Ui::TransactionDetailPane *detail = page.detail();
        QVERIFY(detail->entries()->topLevelItemCount() >= 4);
        QCOMPARE(detail->lines()->topLevelItemCount(), 1);
        QTreeWidgetItem *line = detail->lines()->topLevelItem(0);
        QCOMPARE(line->text(0), language == QLatin1String("fa") ? QStringLiteral("فرش") : QStringLiteral("سجادة"));
        QCOMPARE(line->childCount(), 1);
        QVERIFY2(line->child(0)->text(0).contains(QStringLiteral("امتیاز پایه")), qPrintable(line->child(0)->text(0)));
        QVERIFY(detail->summary()->text().contains(Ui::Format::number(shop.sale.receiptNo)));
        screenshot(&page, QStringLiteral("transactions-sale"));

        // Void: the dialog's button waits for a reason; then one more confirmation.
        const AccountBalance before = *shop.hub->ledger().balance(shop.admin, shop.member.accountId);
        auto *voidButton = child<QPushButton>(&page, "void");
        QVERIFY(voidButton->isVisible());
        QVERIFY(voidButton->isEnabled());
        QString problem;
        {
            auto guard = whenModal<Ui::VoidDialog>(&problem, [&](Ui::VoidDialog *d) -> QString {
                if (d->voidButton()->isEnabled())
                    return QStringLiteral("the void button is on without a reason");
                type(d->reasonEdit(), QStringLiteral("مشتری اشتباه"));
                if (!d->voidButton()->isEnabled())
                    return QStringLiteral("the void button stays off with a reason");
                screenshot(d, QStringLiteral("transactions-void-dialog"));
                QTest::mouseClick(d->voidButton(), Qt::LeftButton);
                return QString();
            });
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(voidButton, Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        Result<TransactionDetail> voided = shop.hub->transactions().detail(shop.admin, shop.sale.transactionId);
        QVERIFY(voided);
        QVERIFY(voided->row.voidedBy != kNoId);
        const AccountBalance after = *shop.hub->ledger().balance(shop.admin, shop.member.accountId);
        QCOMPARE(after.points, before.points - 200);
        QCOMPARE(shop.hub->ledger().verify(shop.admin)->problems, QStringList());
        QVERIFY(!voidButton->isEnabled()); // voided already
        QVERIFY(child<QLabel>(&page, "status")->text().contains(Ui::Format::number(voided->row.voidedBy)));

        // All kinds again: the void is listed first, the sale says who voided it.
        QTest::keyClick(kind, Qt::Key_Home);
        QCOMPARE(kind->currentIndex(), 0);
        QTest::mouseClick(child<QPushButton>(&page, "search"), Qt::LeftButton);
        QCOMPARE(modelOf(page)->rowCount(), 4);
        QCOMPARE(modelOf(page)->row(0).kind, QStringLiteral("void"));
        QVERIFY(detail->summary()->text().contains(QStringLiteral("مشتری اشتباه")));
        screenshot(&page, QStringLiteral("transactions"));

        // The member filter through its picker is set directly; the card filter is typed.
        page.setMember(shop.member.id);
        QTest::mouseClick(child<QPushButton>(&page, "search"), Qt::LeftButton);
        QCOMPARE(modelOf(page)->rowCount(), 4);
        page.setMember(0);
        auto *cardEdit = child<Ui::DigitLineEdit>(&page, "card");
        retype(cardEdit, QStringLiteral("6280"));
        QVERIFY(!page.search()); // no card has that number: said under the field
        retype(cardEdit, shop.card.number);
        QVERIFY(page.search());
        QCOMPARE(modelOf(page)->rowCount(), 4);

        // CSV of what the filter keeps.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), 5);
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("مشتری اشتباه")));
    }

    void lazyList()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
        for (int i = 0; i < 30; ++i)
            QVERIFY(shop.hub->ledger().earnPoints(shop.admin, shop.member.accountId, 1, {}, QStringLiteral("e%1").arg(i)));
        Ui::TransactionListModel model(shop.hub->transactions());
        model.setPageSize(10);
        QVERIFY(model.load(shop.manager, {}));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 33);
        QVERIFY(!model.canFetchMore({}));
    }

    void roles()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.problem.isEmpty(), qPrintable(shop.problem));
        shop.context->setActor(shop.db.actorWithRole(Role::Accountant));
        Ui::TransactionsPage page(*shop.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QCOMPARE(modelOf(page)->rowCount(), 3);
        QVERIFY(!child<QPushButton>(&page, "void")->isVisible()); // accountants look, managers void
        // The operator filter lists operators without the right to manage them.
        QVERIFY(child<QComboBox>(&page, "operator")->count() > 1);
    }
};

QTEST_MAIN(TestTransactionsPage)
#include "tst_transactionspage.moc"
