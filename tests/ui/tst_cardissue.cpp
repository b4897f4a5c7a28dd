// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing and replacing cards with the chip written at the desk: the real Issue and Replace
// dialogs, the Encode dialog and CardEncodingFlow against pcscd + vpcd slot 0 and a virtual
// MIFARE Classic (tests/support/vicc_mifare.py), offscreen, in Persian and Arabic.
#include "MemberFlowSupport.h"
#include "card/LoyaltyCardWriter.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "pages/cards/BatchIssueDialog.h"
#include "pages/cards/EncodeCardDialog.h"
#include "pages/cards/IssueCardDialog.h"
#include "pages/cards/ReplaceCardDialog.h"
#include "pcsc/PcscStation.h"
#include "VirtualCard.h"
#include "security/KeyVault.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QGuiApplication>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSet>
#include <QTemporaryDir>

using namespace MemberFlow;
using Club::Devices::LoyaltyCardWriter;
using Club::Devices::PcscError;
using Club::Devices::PcscStation;
using State = Club::Ui::CardEncodingFlow::State;

Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardWriter::ReadResult)

namespace {
const QString kPassphrase = QStringLiteral("counter-passphrase-1");
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QString kPort = QStringLiteral("35963");
constexpr int kEncodeWaitMs = 30000;
} // namespace

class tst_CardIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issueEncodesTheCard_data();
    void issueEncodesTheCard();
    void removedMidEncodeThenRetry_data();
    void removedMidEncodeThenRetry();
    void abandonVoidsTheCard();
    void replacementWithEncoding();
    void batchWithOneFailureThenRetry_data();
    void batchWithOneFailureThenRetry();
    void cancelledBatchLeavesNoPendingCard();
    void batchFromAMemberGroup();

private:
    bool insertCard(const QString &uid, const QString &state, const QStringList &extra = {});
    void removeCard();
    QList<Card> cardsOf(const Member &member);
    LoyaltyCardWriter::ReadResult readCard();
    // Issues through the Issue dialog; `drive` runs on the Encode dialog.
    std::optional<Card> issueThroughDialog(const Member &member, QString *problem,
                                           std::function<QString(Ui::EncodeCardDialog *)> drive);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Ui::DeviceHub> m_devices;
    std::unique_ptr<QProcess> m_card;
    std::unique_ptr<QTemporaryDir> m_dir;
    CardType m_type;
};

static bool waitForState(Ui::EncodeCardDialog *d, State state)
{
    return QTest::qWaitFor([&] { return d->flow().state() == state; }, kEncodeWaitMs);
}

void tst_CardIssue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cardissue"));
}

void tst_CardIssue::init()
{
    Ui::Language::install(QStringLiteral("fa"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    m_type = m_store->loyaltyType(false);
    QVERIFY(m_type.id != kNoId);
    QVERIFY(m_store->hub->keys().create(m_store->admin, kPassphrase));
    Result<UnlockedKeys> unlocked = m_store->hub->keys().unlock(m_store->admin, kPassphrase);
    QVERIFY(unlocked);

    m_devices = std::make_unique<Ui::DeviceHub>();
    Ui::DeviceSettings settings = m_devices->settings();
    settings.readerPattern = kReader;
    settings.tapToOpen = true;
    m_devices->setSettings(settings);
    m_devices->setKeys(*unlocked);
    QVERIFY(m_devices->hasKeys());
    m_store->context->setDevices(m_devices.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_devices->station()->readers().contains(kReader), 10000);
}

void tst_CardIssue::cleanup()
{
    removeCard();
    m_devices.reset();
    m_store.reset();
    m_dir.reset();
}

bool tst_CardIssue::insertCard(const QString &uid, const QString &state, const QStringList &extra)
{
    return VirtualCard::insert(m_card, m_devices->station(), QStringLiteral(CLUB_TEST_VICC_MIFARE), kPort, uid, state,
                               extra);
}

void tst_CardIssue::removeCard()
{
    VirtualCard::remove(m_card, m_devices->station());
}

QList<Card> tst_CardIssue::cardsOf(const Member &member)
{
    Result<QList<Card>> cards = m_store->hub->cards().cardsOfMember(m_store->admin, member.id);
    return cards ? *cards : QList<Card>{};
}

LoyaltyCardWriter::ReadResult tst_CardIssue::readCard()
{
    QSignalSpy finished(m_devices->station(), &PcscStation::jobFinished);
    const QList<Devices::CardKeys> keys = m_devices->cardKeys();
    const quint64 id = m_devices->station()->submit(
        [keys](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(LoyaltyCardWriter::read(mifare, keys));
        },
        10000, kReader);
    for (int i = 0; i < 60; ++i) {
        for (const QList<QVariant> &args : finished) {
            if (args.at(0).toULongLong() == id && args.at(1).value<PcscError>() == PcscError::None)
                return args.at(2).value<LoyaltyCardWriter::ReadResult>();
        }
        finished.wait(250);
    }
    LoyaltyCardWriter::ReadResult none;
    none.error = LoyaltyCardWriter::Error::CardIo;
    return none;
}

std::optional<Card> tst_CardIssue::issueThroughDialog(const Member &member, QString *problem,
                                                      std::function<QString(Ui::EncodeCardDialog *)> drive)
{
    Ui::IssueCardDialog dialog(*m_store->context, member.id);
    dialog.show();
    if (!dialog.selectCardType(m_type.id)) {
        *problem = QStringLiteral("card type not offered");
        return std::nullopt;
    }
    auto guard = whenModal<Ui::EncodeCardDialog>(problem, std::move(drive));
    dialog.issue();
    return dialog.issuedCard();
}

void tst_CardIssue::issueEncodesTheCard_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fa") << QStringLiteral("fa");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void tst_CardIssue::issueEncodesTheCard()
{
    QFETCH(QString, language);
    Ui::Language::install(language);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    const Member sara = m_store->member(1, QStringLiteral("سارا"), QStringLiteral("کریمی"));
    const QString uid = QStringLiteral("04A1B2C3D4E5F6");
    QVERIFY(insertCard(uid, m_dir->filePath(QStringLiteral("blank.json"))));

    QString problem;
    const std::optional<Card> issued = issueThroughDialog(sara, &problem, [](Ui::EncodeCardDialog *d) {
        if (!waitForState(d, State::Done))
            return QStringLiteral("not done: %1").arg(d->text());
        screenshot(d, QStringLiteral("encode-card-done"));
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(issued);
    QCOMPARE(issued->status, CardStatus::Active);
    QCOMPARE(issued->chipUid, uid);
    const QList<Card> cards = cardsOf(sara);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().status, CardStatus::Active);
    QCOMPARE(cards.first().chipUid, uid);

    const LoyaltyCardWriter::ReadResult read = readCard();
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(read.data.cardNumber, issued->number);
}

void tst_CardIssue::removedMidEncodeThenRetry_data()
{
    issueEncodesTheCard_data();
}

void tst_CardIssue::removedMidEncodeThenRetry()
{
    QFETCH(QString, language);
    Ui::Language::install(language);
    const Member ali = m_store->member(2, QStringLiteral("علی"), QStringLiteral("رضایی"));
    const QString uid = QStringLiteral("04112233445566");
    const QString state = m_dir->filePath(QStringLiteral("dropped.json"));
    QVERIFY(insertCard(uid, state, {QStringLiteral("--drop-after-writes"), QStringLiteral("5")}));

    QString failure;
    QList<Card> whileFailed;
    QString problem;
    const std::optional<Card> issued = issueThroughDialog(ali, &problem, [&](Ui::EncodeCardDialog *d) {
        if (!waitForState(d, State::Failed))
            return QStringLiteral("no failure: %1").arg(d->text());
        failure = d->text();
        whileFailed = cardsOf(ali);
        screenshot(d, QStringLiteral("encode-card-failed"));
        // The same card put down again: its memory (half written) comes back.
        if (!insertCard(uid, state))
            return QStringLiteral("card not reinserted");
        d->findChild<QPushButton *>(QStringLiteral("retry"))->click();
        if (!waitForState(d, State::Done))
            return QStringLiteral("not done after retry: %1").arg(d->text());
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!failure.isEmpty());
    QCOMPARE(whileFailed.size(), 1);
    QCOMPARE(whileFailed.first().status, CardStatus::Pending);
    QVERIFY(issued);
    QCOMPARE(issued->status, CardStatus::Active);
    QCOMPARE(cardsOf(ali).first().status, CardStatus::Active);
    QCOMPARE(readCard().check, LoyaltyCardWriter::Check::Valid);
}

void tst_CardIssue::abandonVoidsTheCard()
{
    const Member reza = m_store->member(3, QStringLiteral("رضا"), QStringLiteral("احمدی"));
    QVERIFY(insertCard(QStringLiteral("04DEADBEEF0001"), m_dir->filePath(QStringLiteral("abandon.json")),
                       {QStringLiteral("--drop-after-writes"), QStringLiteral("5")}));
    QString problem;
    const std::optional<Card> issued = issueThroughDialog(reza, &problem, [](Ui::EncodeCardDialog *d) {
        if (!waitForState(d, State::Failed))
            return QStringLiteral("no failure: %1").arg(d->text());
        d->findChild<QPushButton *>(QStringLiteral("abandon"))->click();
        if (d->flow().state() != State::Abandoned)
            return QStringLiteral("not abandoned: %1").arg(d->text());
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!issued);
    const QList<Card> cards = cardsOf(reza);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().status, CardStatus::Void);
}

void tst_CardIssue::replacementWithEncoding()
{
    const Member mina = m_store->member(4, QStringLiteral("مینا"), QStringLiteral("نوری"));
    QVERIFY(insertCard(QStringLiteral("04000000000001"), m_dir->filePath(QStringLiteral("old.json"))));
    QString problem;
    const auto done = [](Ui::EncodeCardDialog *d) {
        if (!waitForState(d, State::Done))
            return QStringLiteral("not done: %1").arg(d->text());
        d->accept();
        return QString();
    };
    const std::optional<Card> old = issueThroughDialog(mina, &problem, done);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(old);

    // A failed replacement leaves the old card working.
    QVERIFY(insertCard(QStringLiteral("04000000000002"), m_dir->filePath(QStringLiteral("new.json")),
                       {QStringLiteral("--drop-after-writes"), QStringLiteral("5")}));
    {
        Ui::ReplaceCardDialog dialog(*m_store->context, *old);
        dialog.show();
        dialog.setReason(BlockReason::Damaged);
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        auto guard = whenModal<Ui::EncodeCardDialog>(&problem, [](Ui::EncodeCardDialog *d) {
            if (!waitForState(d, State::Failed))
                return QStringLiteral("no failure: %1").arg(d->text());
            d->reject(); // Cancel: the pending card is voided
            return QString();
        });
        QVERIFY(!dialog.replace());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    Result<Card> stillOld = m_store->hub->cards().card(m_store->admin, old->id);
    QVERIFY(stillOld);
    QCOMPARE(stillOld->status, CardStatus::Active);

    QVERIFY(insertCard(QStringLiteral("04000000000003"), m_dir->filePath(QStringLiteral("new2.json"))));
    Ui::ReplaceCardDialog dialog(*m_store->context, *stillOld);
    dialog.show();
    dialog.setReason(BlockReason::Damaged);
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    auto guard = whenModal<Ui::EncodeCardDialog>(&problem, done);
    QVERIFY(dialog.replace());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(dialog.newCard());
    QCOMPARE(dialog.newCard()->status, CardStatus::Active);
    QCOMPARE(dialog.newCard()->chipUid, QStringLiteral("04000000000003"));
    QCOMPARE(m_store->hub->cards().card(m_store->admin, old->id)->status, CardStatus::Replaced);
}

void tst_CardIssue::batchWithOneFailureThenRetry_data()
{
    issueEncodesTheCard_data();
}

void tst_CardIssue::batchWithOneFailureThenRetry()
{
    QFETCH(QString, language);
    Ui::Language::install(language);
    QList<Member> members{m_store->member(11, QStringLiteral("سارا"), QStringLiteral("کریمی")),
                          m_store->member(12, QStringLiteral("علی"), QStringLiteral("رضایی")),
                          m_store->member(13, QStringLiteral("مینا"), QStringLiteral("نوری"))};
    QList<Ui::BatchIssueDialog::Recipient> recipients;
    for (const Member &m : members)
        recipients.append({m.id, m.firstName + QLatin1Char(' ') + m.lastName});
    Ui::BatchIssueDialog dialog(*m_store->context, recipients);
    dialog.show();
    QVERIFY(dialog.selectCardType(m_type.id));
    const auto waitPrompt = [&](int n) {
        return QTest::qWaitFor([&] { return dialog.prompt().contains(members.at(n - 1).firstName); }, kEncodeWaitMs);
    };

    dialog.findChild<QPushButton *>(QStringLiteral("start"))->click();
    QVERIFY2(waitPrompt(1), qPrintable(dialog.prompt()));
    QVERIFY(insertCard(QStringLiteral("04BA7C00000001"), m_dir->filePath(QStringLiteral("b1.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.doneCount() == 1, kEncodeWaitMs);
    removeCard();
    QVERIFY2(waitPrompt(2), qPrintable(dialog.prompt()));
    QVERIFY(insertCard(QStringLiteral("04BA7C00000002"), m_dir->filePath(QStringLiteral("b2.json")),
                       {QStringLiteral("--drop-after-writes"), QStringLiteral("5")}));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.failedCount() == 1, kEncodeWaitMs);
    QVERIFY(dialog.rowStatus(1) != dialog.rowStatus(0));
    removeCard();
    QVERIFY2(waitPrompt(3), qPrintable(dialog.prompt()));
    QVERIFY(insertCard(QStringLiteral("04BA7C00000003"), m_dir->filePath(QStringLiteral("b3.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.doneCount() == 2, kEncodeWaitMs);
    removeCard();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kEncodeWaitMs);
    screenshot(&dialog, QStringLiteral("batch-issue-failed"));
    QCOMPARE(cardsOf(members.at(1)).first().status, CardStatus::Pending);

    dialog.findChild<QPushButton *>(QStringLiteral("retryFailed"))->click();
    QVERIFY2(waitPrompt(2), qPrintable(dialog.prompt()));
    QVERIFY(insertCard(QStringLiteral("04BA7C00000002"), m_dir->filePath(QStringLiteral("b2.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.doneCount() == 3, kEncodeWaitMs);
    screenshot(&dialog, QStringLiteral("batch-issue-done"));
    removeCard();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kEncodeWaitMs);

    QSet<QString> numbers;
    for (const Member &m : members) {
        const QList<Card> cards = cardsOf(m);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().status, CardStatus::Active);
        numbers.insert(cards.first().number);
    }
    QCOMPARE(numbers.size(), 3);
}

void tst_CardIssue::cancelledBatchLeavesNoPendingCard()
{
    QList<Member> members{m_store->member(21, QStringLiteral("رضا"), QStringLiteral("احمدی")),
                          m_store->member(22, QStringLiteral("نرگس"), QStringLiteral("محمدی")),
                          m_store->member(23, QStringLiteral("امید"), QStringLiteral("صادقی"))};
    QList<Ui::BatchIssueDialog::Recipient> recipients;
    for (const Member &m : members)
        recipients.append({m.id, m.firstName});
    {
        Ui::BatchIssueDialog dialog(*m_store->context, recipients);
        dialog.show();
        QVERIFY(dialog.selectCardType(m_type.id));
        dialog.findChild<QPushButton *>(QStringLiteral("start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.prompt().contains(members.at(0).firstName), kEncodeWaitMs);
        QVERIFY(insertCard(QStringLiteral("04CA0C00000001"), m_dir->filePath(QStringLiteral("c1.json"))));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.doneCount() == 1, kEncodeWaitMs);
        removeCard();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.prompt().contains(members.at(1).firstName), kEncodeWaitMs);
        dialog.reject(); // while waiting for the second card
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kEncodeWaitMs);
    }
    QCOMPARE(cardsOf(members.at(0)).first().status, CardStatus::Active);
    for (const Member &m : members) {
        for (const Card &c : cardsOf(m))
            QVERIFY2(c.status != CardStatus::Pending, qPrintable(c.number));
    }
}

void tst_CardIssue::batchFromAMemberGroup()
{
    const Member a = m_store->member(31, QStringLiteral("آرش"), QStringLiteral("کاظمی"));
    const Member b = m_store->member(32, QStringLiteral("بهار"), QStringLiteral("کاظمی"));
    const Member c = m_store->member(33, QStringLiteral("کاوه"), QStringLiteral("کاظمی"));
    Result<MemberGroup> group = m_store->hub->members().createGroup(m_store->admin, QStringLiteral("کارمندان"));
    QVERIFY(group);
    QVERIFY(m_store->hub->members().setMemberGroups(m_store->admin, a.id, {group->id}));
    QVERIFY(m_store->hub->members().setMemberGroups(m_store->admin, c.id, {group->id}));
    const QList<Ui::BatchIssueDialog::Recipient> recipients =
        Ui::BatchIssueDialog::membersOfGroup(*m_store->context, group->id);
    QCOMPARE(recipients.size(), 2);
    QList<qint64> ids{recipients.at(0).memberId, recipients.at(1).memberId};
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{a.id, c.id}));
    QVERIFY(!ids.contains(b.id));
}

QTEST_MAIN(tst_CardIssue)
#include "tst_cardissue.moc"
