// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A card tapped on the (virtual) reader opens its member; forged, blank, blocked and
// foreign cards are refused with a message and an audit entry. Real pcscd + vpcd, a
// virtual MIFARE Classic (tests/support/vicc_mifare.py), the real main window offscreen.
#include "MemberFlowSupport.h"
#include "auth/AuditLog.h"
#include "card/LoyaltyCardWriter.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "pages/members/MemberView.h"
#include "pages/members/MembersPage.h"
#include "pcsc/PcscStation.h"
#include "VirtualCard.h"
#include "security/KeyVault.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace MemberFlow;
using Club::Devices::LoyaltyCardData;
using Club::Devices::LoyaltyCardWriter;
using Club::Devices::PcscError;
using Club::Devices::PcscStation;

namespace {
const QString kPassphrase = QStringLiteral("counter-passphrase-1");
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QString kPort = QStringLiteral("35963");
} // namespace

class tst_CardTap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tapOpensTheMember();
    void blockedCardIsRefused();
    void copiedDataOnAnotherChipIsRefused();
    void foreignCardIsRefused();

private:
    // A virtual card on slot 0 whose memory lives in `state` across insertions.
    bool insertCard(const QString &uid, const QString &state, const QStringList &extra = {});
    void removeCard();
    // Issues a pending card to `member`, writes it on the card on the reader, activates it.
    Card issueAndEncode(const Member &member, const QString &uid, const QString &state);
    QVariant runJob(PcscStation::CardJob job, PcscError *error);
    qint64 refusalsInAudit();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Ui::DeviceHub> m_devices;
    Ui::MainWindow *m_window = nullptr;
    std::unique_ptr<QProcess> m_card;
    std::unique_ptr<QTemporaryDir> m_dir;
    CardType m_type;
};

void tst_CardTap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the devices go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cardtap"));
    Ui::Language::install(QStringLiteral("fa"));
}

void tst_CardTap::init()
{
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

    m_window = Ui::MainWindow::create(*m_store->context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_CardTap::cleanup()
{
    removeCard();
    delete m_window;
    m_window = nullptr;
    m_devices.reset();
    m_store.reset();
    m_dir.reset();
}

bool tst_CardTap::insertCard(const QString &uid, const QString &state, const QStringList &extra)
{
    return VirtualCard::insert(m_card, m_devices->station(), QStringLiteral(CLUB_TEST_VICC_MIFARE), kPort, uid, state,
                               extra);
}

void tst_CardTap::removeCard()
{
    VirtualCard::remove(m_card, m_devices->station());
}

QVariant tst_CardTap::runJob(PcscStation::CardJob job, PcscError *error)
{
    QSignalSpy finished(m_devices->station(), &PcscStation::jobFinished);
    const quint64 id = m_devices->station()->submit(std::move(job), 10000, kReader);
    for (int i = 0; i < 60; ++i) {
        for (const QList<QVariant> &args : finished) {
            if (args.at(0).toULongLong() == id) {
                *error = args.at(1).value<PcscError>();
                return args.at(2);
            }
        }
        finished.wait(250);
    }
    *error = PcscError::Timeout;
    return {};
}

Card tst_CardTap::issueAndEncode(const Member &member, const QString &uid, const QString &state)
{
    // Writing a card is not a tap: the flow holds identification while it works.
    m_devices->pauseIdentification();
    const auto resume = qScopeGuard([this] { m_devices->resumeIdentification(); });
    Result<Card> pending = m_store->hub->cards().issuePending(m_store->admin, member.id, m_type.id);
    if (!pending || !insertCard(uid, state))
        return {};
    LoyaltyCardData data;
    data.keyVersion = m_devices->activeKeys().version;
    data.programmeId = quint16(m_type.id);
    data.cardNumber = pending->number;
    data.issueDate = QDate::currentDate();
    data.expiry = QDate::currentDate().addYears(2);
    const Devices::CardKeys keys = m_devices->activeKeys();
    PcscError error = PcscError::None;
    const QVariant result = runJob(
        [keys, data](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            const LoyaltyCardWriter::Result r = LoyaltyCardWriter::personalise(mifare, keys, data);
            return r.ok() ? QVariant(r.uid) : QVariant();
        },
        &error);
    if (error != PcscError::None || result.toByteArray().isEmpty())
        return {};
    Result<Card> active = m_store->hub->cards().activate(
        m_store->admin, pending->id, QString::fromLatin1(result.toByteArray().toHex().toUpper()));
    removeCard();
    return active ? *active : Card{};
}

qint64 tst_CardTap::refusalsInAudit()
{
    AuditLog audit(m_store->db.db());
    Result<QList<AuditEntry>> entries = audit.list(m_store->admin, QStringLiteral("card"), kNoId, 500);
    if (!entries)
        return -1;
    return std::count_if(entries->cbegin(), entries->cend(),
                         [](const AuditEntry &e) { return e.action == QLatin1String("card.identify_refused"); });
}

void tst_CardTap::tapOpensTheMember()
{
    const Member sara = m_store->member(1, QStringLiteral("سارا"), QStringLiteral("کریمی"));
    const QString state = m_dir->filePath(QStringLiteral("card1.json"));
    const Card card = issueAndEncode(sara, QStringLiteral("04A1B2C3D4E5F6"), state);
    QVERIFY2(card.id != kNoId, "the card was not issued, encoded and activated");
    QCOMPARE(card.status, CardStatus::Active);

    m_window->showPage(2); // anywhere but the member page and the sales desk (which takes the card itself)
    QVERIFY(insertCard(QStringLiteral("04A1B2C3D4E5F6"), state));
    auto *members = m_window->page<Ui::MembersPage>();
    QVERIFY(members);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), static_cast<Ui::Page *>(members), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(members->memberView()->member().id, sara.id, 5000);
    screenshot(m_window, QStringLiteral("card-tap-member"));

    // The status bar tells the counter whether the reader and the keys are ready.
    auto *reader = m_window->findChild<QLabel *>(QStringLiteral("readerStatus"));
    auto *keys = m_window->findChild<QLabel *>(QStringLiteral("cardKeysStatus"));
    QVERIFY(reader && keys);
    QVERIFY(!reader->text().isEmpty());
    const QString unlocked = keys->text();
    m_devices->clearKeys();
    QVERIFY(keys->text() != unlocked);
}

void tst_CardTap::blockedCardIsRefused()
{
    const Member ali = m_store->member(2, QStringLiteral("علی"), QStringLiteral("رضایی"));
    const QString state = m_dir->filePath(QStringLiteral("card2.json"));
    const Card card = issueAndEncode(ali, QStringLiteral("04112233445566"), state);
    QVERIFY(card.id != kNoId);
    QVERIFY(m_store->hub->cards().block(m_store->admin, card.id, BlockReason::Lost));
    const qint64 before = refusalsInAudit();

    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(insertCard(QStringLiteral("04112233445566"), state));
    QTRY_VERIFY_WITH_TIMEOUT(refusalsInAudit() == before + 1, 10000);
    QVERIFY(!Ui::MessageBox::takeLastText().isEmpty());
    auto *members = m_window->page<Ui::MembersPage>();
    QVERIFY(members->memberView()->member().id != ali.id);
}

void tst_CardTap::copiedDataOnAnotherChipIsRefused()
{
    const Member reza = m_store->member(3, QStringLiteral("رضا"), QStringLiteral("احمدی"));
    const QString state = m_dir->filePath(QStringLiteral("card3.json"));
    const Card card = issueAndEncode(reza, QStringLiteral("04DEADBEEF0001"), state);
    QVERIFY(card.id != kNoId);
    const qint64 before = refusalsInAudit();

    // The same memory (data, keys, MAC) on a chip with another UID: a cloned card.
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(insertCard(QStringLiteral("04DEADBEEF0002"), state));
    QTRY_VERIFY_WITH_TIMEOUT(refusalsInAudit() == before + 1, 10000);
    QVERIFY(!Ui::MessageBox::takeLastText().isEmpty());
    QVERIFY(m_window->page<Ui::MembersPage>()->memberView()->member().id != reza.id);
}

void tst_CardTap::foreignCardIsRefused()
{
    const qint64 before = refusalsInAudit();
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(insertCard(QStringLiteral("04CAFE00CAFE00"), m_dir->filePath(QStringLiteral("foreign.json")),
                       {QStringLiteral("--random-keys")}));
    QTRY_VERIFY_WITH_TIMEOUT(refusalsInAudit() == before + 1, 10000);
    QVERIFY(!Ui::MessageBox::takeLastText().isEmpty());
}

QTEST_MAIN(tst_CardTap)
#include "tst_cardtap.moc"
