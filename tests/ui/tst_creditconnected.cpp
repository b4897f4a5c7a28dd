// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Credit page and the gift dialog on a connected desk, against the real clubserver on the
// PostgreSQL fixture:
// - a gift card charge made at another branch's desk (its own terminal, through the server)
//   shows on this desk's Credit page, which this desk's own store never saw;
// - with the server stopped the page shows this store's records and says so;
// - a gift for points on a card that needs its PIN: the dialog asks the PIN, a wrong one is
//   refused (and counted on the server), the right one redeems once.
// Screenshots in Persian and Arabic.
#include "../core/sync/ClubServerFixture.h"
#include "Format.h"
#include "MemberFlowSupport.h"
#include "catalog/CatalogService.h"
#include "credit/CreditService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "network/NetworkService.h"
#include "pages/credit/CreditDialogs.h"
#include "pages/credit/CreditPage.h"
#include "pages/sales/GiftDialog.h"
#include "pages/sales/SaleReceipts.h"
#include "sync/ConnectedDesk.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBox.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>

using namespace MemberFlow;
using ClubTest::ClubServerFixture;

namespace {
using Club::Test::scalarInt;
constexpr int kWaitMs = 60000;
constexpr Money kCharge = 45'000;
constexpr Money kPrice = 100'000;
constexpr Money kOnCredit = 80'000;
constexpr Points kGiftPoints = 50;
const QString kPin = QStringLiteral("1357");

} // namespace

class TestCreditConnected : public QObject
{
    Q_OBJECT

    ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub; // the server's store
    Actor m_admin;
    QTemporaryDir m_dir;
    Card m_loyalty; // member's card, its type needs a PIN
    Card m_gift;    // member's gift card
    QString m_northId, m_northSecret; // a terminal of the branch "north"

    // A desk on `store`, logged in, with the chain's cards and products pulled.
    bool connect(ConnectedDesk &desk, TestDatabase &store, const QString &terminalId, const QString &secret)
    {
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = terminalId;
        settings.timeoutMs = 3000;
        settings.offline = {kGiftPoints * 2, 0};
        if (!desk.settings().save(store.admin(), settings, secret))
            return false;
        QSignalSpy finished(&desk.puller(), &SyncPuller::finished);
        desk.setOperator(store.admin(), ClubServerFixture::kPassword);
        for (int i = 0; i < 40; ++i) {
            if (finished.isEmpty() && !finished.wait(kWaitMs))
                return false;
            if (scalarInt(store.db(), QStringLiteral("SELECT COUNT(*) FROM cards")) == 2 &&
                scalarInt(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")) == 2)
                return true;
            finished.clear();
            QTest::qWait(250);
            desk.puller().pullNow();
        }
        return false;
    }

    static Id local(Database &db, const QString &sql, const QString &key) { return scalarInt(db, sql, key); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_creditconnected"));
        const QString failed = m_server.setUp(QStringLiteral(CLUBSERVER_EXE));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_hub = std::make_unique<ServiceHub>(m_server.db());
        Result<Actor> admin =
            m_hub->auth().login(QStringLiteral("admin"), ClubServerFixture::kPassword, QStringLiteral("test"));
        QVERIFY(admin);
        m_admin = *admin;
        CardType t;
        t.name = QStringLiteral("باشگاه");
        t.kind = CardKind::Loyalty;
        t.prefix = QStringLiteral("6283");
        t.numberLength = 16;
        t.validityMonths = 24;
        t.pinRequired = true;
        Result<CardType> type = m_hub->cards().createCardType(m_admin, t);
        QVERIFY(type);
        CardType g = t;
        g.name = QStringLiteral("کارت هدیه");
        g.kind = CardKind::Gift;
        g.prefix = QStringLiteral("6284");
        g.pinRequired = false;
        Result<CardType> giftType = m_hub->cards().createCardType(m_admin, g);
        QVERIFY(giftType);
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, m_admin.branchId, QStringLiteral("Main")));
        Product gift;
        gift.code = QStringLiteral("G1");
        gift.nameEn = QStringLiteral("Mug");
        gift.nameFa = QStringLiteral("ماگ");
        gift.isGift = true;
        gift.giftPoints = kGiftPoints;
        gift.tracksStock = false;
        QVERIFY(m_hub->catalog().createProduct(m_admin, gift));
        Product tea;
        tea.code = QStringLiteral("P1");
        tea.nameEn = QStringLiteral("Tea");
        tea.nameFa = QStringLiteral("چای");
        Result<Product> product = m_hub->catalog().createProduct(m_admin, tea);
        QVERIFY(product);
        QVERIFY(m_hub->catalog().setPrice(m_admin, product->id, kNoId, kPrice, QDateTime::currentDateTimeUtc()));
        Member draft = Club::Test::memberDraft(71);
        draft.firstName = QStringLiteral("مریم");
        draft.lastName = QStringLiteral("رضایی");
        Result<Member> member = m_hub->members().create(m_admin, draft);
        QVERIFY(member);
        Result<Card> card = m_hub->cards().issue(m_admin, member->id, type->id, kPin);
        QVERIFY2(card, qPrintable(card ? QString() : card.error().message));
        m_loyalty = *card;
        QVERIFY(m_hub->credit().setMemberLimit(m_admin, member->id, 500'000, QStringLiteral("test")));
        Result<Card> giftCard = m_hub->cards().issue(m_admin, member->id, giftType->id);
        QVERIFY(giftCard);
        m_gift = *giftCard;

        // Another branch with its own terminal.
        NetworkBranch north;
        north.code = QStringLiteral("north");
        north.name = QStringLiteral("North");
        Result<NetworkBranch> saved = m_hub->network().saveBranch(m_admin, north);
        QVERIFY(saved);
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, saved->id, QStringLiteral("North")));
        QByteArray out;
        QCOMPARE(ClubTest::runClubserver(QStringLiteral(CLUBSERVER_EXE),
                                         QDir(m_server.dir()).filePath(QStringLiteral("clubserver.conf")),
                                         {QStringLiteral("--create-terminal"), QStringLiteral("Desk North"),
                                          QStringLiteral("--branch"), QStringLiteral("north")},
                                         {}, &out),
                 0);
        const QString text = QString::fromUtf8(out);
        const auto id = QRegularExpression(QStringLiteral("terminal_id=(t_[0-9a-f]+)")).match(text);
        const auto secret = QRegularExpression(QStringLiteral("secret=([A-Za-z0-9_-]+)")).match(text);
        QVERIFY(id.hasMatch() && secret.hasMatch());
        m_northId = id.captured(1);
        m_northSecret = secret.captured(1);
        QVERIFY(m_server.start());
        Ui::SaleReceipts::setNextPdfPath(m_dir.filePath(QStringLiteral("unused.pdf")));
    }

    void cleanupTestCase() { m_server.stop(); }

    void chargeAtAnotherBranchShowsHere()
    {
        // The north branch's desk charges the member's gift card, through the server.
        {
            TestDatabase north(Database::Engine::SQLite);
            QVERIFY2(north.ok(), qPrintable(north.error()));
            ServiceHub hub(north.db());
            ConnectedDesk desk(north.db(), hub.sales(), hub.catalog(), hub.cards(), hub.members(),
                               m_dir.filePath(QStringLiteral("north.key")));
            QVERIFY(connect(desk, north, m_northId, m_northSecret));
            const Id card = local(north.db(), QStringLiteral("SELECT id FROM cards WHERE number = :k"), m_gift.number);
            Result<DeskPosted<GiftCardCharge>> charged =
                desk.chargeGiftCard(north.admin(), card, kCharge, QStringLiteral("north-charge-0123456789abcdef"));
            QVERIFY2(charged, qPrintable(charged ? QString() : charged.error().message));
            QVERIFY(!charged->pendingSync);
            // And sells on credit there (the card's PIN for the credit).
            QuoteRequest basket;
            basket.cardId = local(north.db(), QStringLiteral("SELECT id FROM cards WHERE number = :k"), m_loyalty.number);
            basket.memberId = local(north.db(), QStringLiteral("SELECT member_id FROM cards WHERE number = :k"),
                                    m_loyalty.number);
            basket.lines = {{local(north.db(), QStringLiteral("SELECT id FROM products WHERE code = :k"),
                                   QStringLiteral("P1")),
                             1, 0}};
            basket.credit = kOnCredit;
            Result<Sale> sale = desk.commit(north.admin(), basket, QStringLiteral("north-sale-0123456789abcdef"), kPin);
            QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
            QVERIFY(!sale->pendingSync);
        }
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_charges")), 1);

        // This desk (branch main) sees it on the Credit page.
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        ConnectedDesk desk(s.db.db(), s.hub->sales(), s.hub->catalog(), s.hub->cards(), s.hub->members(),
                           m_dir.filePath(QStringLiteral("main.key")));
        s.context->setConnectedDesk(&desk);
        QVERIFY(connect(desk, s.db, m_server.terminalId(), m_server.secret()));
        const Id member =
            local(s.db.db(), QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_gift.number);
        QVERIFY(member > 0);
        // Nothing of it is in this desk's own store.
        Result<QList<GiftCardCharge>> own = s.hub->credit().giftCardCharges(s.admin, member);
        QVERIFY(own);
        QVERIFY(own->isEmpty());

        for (const QString &language : {QStringLiteral("fa"), QStringLiteral("ar")}) {
            Ui::Language::install(language);
            Ui::CreditPage page(*s.context);
            page.resize(1000, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setMember(member);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
            QCOMPARE(page.source(), CreditSource::Server);
            QCOMPARE(page.charges().size(), 1);
            QCOMPARE(page.charges().constFirst().amount, kCharge);
            auto *table = page.findChild<QTableWidget *>(QStringLiteral("giftCharges"));
            QVERIFY(table);
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 1)->text(), Ui::Format::ltr(m_gift.number));
            QCOMPARE(table->item(0, 2)->text(), Ui::Format::money(kCharge));
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("storedValue"))->text(), Ui::Format::money(kCharge));
            // The credit sale at the north branch: owed, on the statement and in the aging.
            QVERIFY(page.standing());
            QCOMPARE(page.standing()->owed, kOnCredit);
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("owed"))->text(), Ui::Format::money(kOnCredit));
            auto *statement = page.findChild<QTableWidget *>(QStringLiteral("statement"));
            QCOMPARE(statement->rowCount(), 1);
            QCOMPARE(statement->item(0, 3)->data(Qt::UserRole).toLongLong(), kOnCredit);
            page.loadAging();
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
            auto *aging = page.findChild<QTableWidget *>(QStringLiteral("aging"));
            QCOMPARE(aging->rowCount(), 2); // the member and the total
            QCOMPARE(aging->item(0, Ui::CreditPage::AgingMember)->data(Qt::UserRole).toLongLong(), member);
            QCOMPARE(aging->item(0, Ui::CreditPage::AgingOwed)->data(Qt::UserRole).toLongLong(), kOnCredit);
            page.tabs()->setCurrentIndex(Ui::CreditPage::StatementTab);
            QVERIFY(screenshot(&page, QStringLiteral("credit-connected-statement")));
            auto *note = page.findChild<QLabel *>(QStringLiteral("creditSource"));
            QVERIFY(note->isVisible());
            QCOMPARE(note->text(),
                     Ui::CreditPage::tr("As the central server has them: every branch's operations are included."));
            // Credit is kept by the server: nothing of it is posted to this store.
            auto *pay = page.findChild<QPushButton *>(QStringLiteral("setLimit"));
            QVERIFY(!pay->isEnabled());
            QVERIFY(!pay->toolTip().isEmpty());
            QVERIFY(page.findChild<QPushButton *>(QStringLiteral("chargeGiftCard"))->isEnabled());
            page.tabs()->setCurrentIndex(Ui::CreditPage::GiftCardsTab);
            QVERIFY(screenshot(&page, QStringLiteral("credit-connected")));
        }

        // A payment at this desk goes to the server: pressed twice, posted once.
        {
            Ui::Language::install(QStringLiteral("fa"));
            Ui::CreditPage page(*s.context);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setMember(member);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
            auto *pay = page.findChild<QPushButton *>(QStringLiteral("takePayment"));
            QVERIFY(pay->isEnabled());
            QString problem;
            auto guard = whenModal<Ui::PaymentDialog>(&problem, [&](Ui::PaymentDialog *d) {
                type(d->findChild<Ui::DigitLineEdit *>(QStringLiteral("amount")), QStringLiteral("30000"));
                Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->pay())
                    return QStringLiteral("the payment failed");
                Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->pay() || !d->repayment()->replayed)
                    return QStringLiteral("the second press was not a replay");
                Ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the summary shown after it
                return QString();
            });
            QTest::mouseClick(pay, Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
            QCOMPARE(page.standing()->owed, kOnCredit - 30'000);
            QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = :k"),
                                     QStringLiteral("credit.repay")),
                     1);
        }

        // The server stopped: this store's records, and the page says so.
        m_server.stop();
        for (const QString &language : {QStringLiteral("fa"), QStringLiteral("ar")}) {
            Ui::Language::install(language);
            Ui::CreditPage page(*s.context);
            page.resize(1000, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setMember(member);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
            QCOMPARE(page.source(), CreditSource::StoreOffline);
            QVERIFY(page.charges().isEmpty());
            auto *note = page.findChild<QLabel *>(QStringLiteral("creditSource"));
            QVERIFY(note->isVisible());
            QCOMPARE(note->text(),
                     Ui::CreditPage::tr("The central server cannot be reached: these figures are this desk's own "
                                        "records and miss what other branches did. %Ln operation(s) of this desk "
                                        "wait to be sent.",
                                        nullptr, desk.pending()));
            page.tabs()->setCurrentIndex(Ui::CreditPage::GiftCardsTab);
            QVERIFY(screenshot(&page, QStringLiteral("credit-connected-offline")));
        }
        QVERIFY(m_server.start());
        Ui::Language::install(QStringLiteral("fa"));
    }

    void giftAsksThePin()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        ConnectedDesk desk(s.db.db(), s.hub->sales(), s.hub->catalog(), s.hub->cards(), s.hub->members(),
                           m_dir.filePath(QStringLiteral("gift.key")));
        s.context->setConnectedDesk(&desk);
        QVERIFY(connect(desk, s.db, m_server.terminalId(), m_server.secret()));
        Database &db = s.db.db();
        const Id memberId = local(db, QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_loyalty.number);
        Result<Member> member = s.hub->members().member(s.admin, memberId);
        QVERIFY(member);
        Result<Card> card = s.hub->cards().findByNumber(s.admin, m_loyalty.number);
        QVERIFY(card);
        Result<Member> onServer = m_hub->members().member(m_admin, m_loyalty.memberId);
        QVERIFY(onServer);
        QVERIFY(m_hub->ledger().adjustPoints(m_admin, onServer->accountId, 200, QStringLiteral("test"),
                                             QStringLiteral("gift-pin-points-0123456789abcdef")));
        const qint64 giftsBefore =
            m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift'"));

        Ui::GiftDialog gifts(*s.context, *member, *card);
        gifts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gifts));
        auto *confirm = gifts.findChild<QPushButton *>(QStringLiteral("confirmGiftButton"));
        QVERIFY(confirm->isEnabled());

        // A wrong PIN: asked, refused with a clear message, counted on the server.
        auto typePin = [](const QString &pin, bool answerNextBox) {
            return [pin, answerNextBox](QDialog *d) -> QString {
                auto *edit = d->findChild<Ui::DigitLineEdit *>(QStringLiteral("salePin"));
                if (!edit)
                    return QStringLiteral("no PIN field");
                type(edit, pin);
                screenshot(d, QStringLiteral("gift-pin"));
                if (answerNextBox)
                    Ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal
                d->accept();
                return QString();
            };
        };
        QString problem;
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes); // "Give … for … points?"
        {
            auto guard = whenModal<QDialog>(&problem, typePin(QStringLiteral("9999"), true));
            QVERIFY2(!gifts.confirm(), qPrintable(problem + QLatin1Char(' ') + gifts.findChild<QLabel *>(QStringLiteral("giftOutcome"))->text()));
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(Ui::MessageBox::takeLastText(), ServerClient::tr("The PIN is wrong."));
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT pin_failures FROM cards WHERE number = :k"), m_loyalty.number),
                 1);
        QVERIFY(!gifts.result());
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift'")),
                 giftsBefore);

        // The right PIN: redeemed once.
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        {
            auto guard = whenModal<QDialog>(&problem, typePin(kPin, false));
            QVERIFY(gifts.confirm());
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(gifts.result());
        QCOMPARE(gifts.result()->pointsSpent, kGiftPoints);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift'")),
                 giftsBefore + 1);
        // Pressed again: nothing more (the dialog is done).
        QVERIFY(!gifts.confirm());
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift'")),
                 giftsBefore + 1);
        Result<AccountBalance> b = m_hub->ledger().balance(m_admin, onServer->accountId);
        QVERIFY(b);
        QCOMPARE(b->points, 200 - kGiftPoints);
        QVERIFY(screenshot(&gifts, QStringLiteral("gift-pin-done")));
        // Nothing of the PIN was kept on this desk.
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE request_json LIKE :k"),
                           QVariant(QStringLiteral("%") + kPin + QStringLiteral("%"))),
                 0);
    }
};

QTEST_MAIN(TestCreditConnected)
#include "tst_creditconnected.moc"
