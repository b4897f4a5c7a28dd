// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing a card on a desk without a chip reader: the Issue and Encode dialogs write the
// magstripe through an MSR605 simulator (tests/support/msr605_sim.py) on a socat pty pair,
// offscreen, in Persian. The Encode dialog also prints the card with its type's saved design.
#include "MemberFlowSupport.h"
#include "card/LoyaltyStripe.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "magstripe/Msr605Encoder.h"
#include "printing/CardLayout.h"
#include "pages/cards/BatchIssueDialog.h"
#include "pages/cards/EncodeCardDialog.h"
#include "pages/cards/IssueCardDialog.h"
#include "security/KeyVault.h"
#include "templates/CardTemplateService.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace MemberFlow;
using Club::Devices::LoyaltyStripe;
using Club::Devices::Msr605Encoder;
using State = Club::Ui::CardEncodingFlow::State;

namespace {
const QString kPassphrase = QStringLiteral("counter-passphrase-1");
constexpr int kEncodeWaitMs = 20000;
} // namespace

class tst_StripeIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issueWritesTheStripe();
    void printWhileEncoding();
    void batchPrintsAllCards();
    void writeErrorThenAbandon();

private:
    bool startDevice(const QStringList &simArgs);
    QString appPort() const { return m_dir->filePath(QStringLiteral("ttyApp")); }
    std::optional<Devices::Msr605Tracks> readStripe();
    QList<Card> cardsOf(const Member &member);
    std::optional<Card> issueThroughDialog(const Member &member, QString *problem,
                                           std::function<QString(Ui::EncodeCardDialog *)> drive);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Ui::DeviceHub> m_devices;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QProcess> m_sim;
    CardType m_type;
};

static bool waitForState(Ui::EncodeCardDialog *d, State state)
{
    return QTest::qWaitFor([&] { return d->flow().state() == state; }, kEncodeWaitMs);
}

static QString pdfText(const QString &path, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    *ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void tst_StripeIssue::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the printed card back");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_stripeissue"));
}

void tst_StripeIssue::init()
{
    Ui::Language::install(QStringLiteral("fa"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    m_type = m_store->loyaltyType(false);
    QVERIFY(m_type.id != kNoId);
    QVERIFY(m_store->hub->keys().create(m_store->admin, kPassphrase));
    Result<UnlockedKeys> unlocked = m_store->hub->keys().unlock(m_store->admin, kPassphrase);
    QVERIFY(unlocked);

    m_devices = std::make_unique<Ui::DeviceHub>();
    Ui::DeviceSettings settings = m_devices->settings();
    // No chip reader on this desk: the pattern matches no reader, so the stripe is written.
    settings.readerPattern = QStringLiteral("No such reader*");
    settings.encoderModel = Ui::DeviceSettings::EncoderModel::Msr605;
    settings.encoderPort = appPort();
    settings.encoderHiCo = true;
    m_devices->setSettings(settings);
    m_devices->setKeys(*unlocked);
    QVERIFY(m_devices->hasKeys());
    m_store->context->setDevices(m_devices.get());
    QVERIFY(Ui::CardEncodingFlow::encodingAvailable(*m_store->context));
    QVERIFY(Ui::CardEncodingFlow::writesStripe(*m_store->context));
}

void tst_StripeIssue::cleanup()
{
    m_devices.reset();
    m_store.reset();
    for (auto *process : {m_sim.get(), m_socat.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    m_sim.reset();
    m_socat.reset();
    m_dir.reset();
}

bool tst_StripeIssue::startDevice(const QStringList &simArgs)
{
    const QString dev = m_dir->filePath(QStringLiteral("ttyDev"));
    m_socat = std::make_unique<QProcess>();
    m_socat->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat->start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + appPort(),
                                             QStringLiteral("pty,raw,echo=0,link=") + dev});
    if (!m_socat->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!(QFileInfo::exists(appPort()) && QFileInfo::exists(dev)) && timer.elapsed() < 5000)
        QTest::qWait(20);
    if (!QFileInfo::exists(appPort()) || !QFileInfo::exists(dev))
        return false;
    m_sim = std::make_unique<QProcess>();
    m_sim->setProcessChannelMode(QProcess::SeparateChannels);
    m_sim->setReadChannel(QProcess::StandardOutput);
    m_sim->start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(CLUB_MSR605_SIM), QStringLiteral("--port"), dev} + simArgs);
    if (!m_sim->waitForStarted(5000))
        return false;
    while (!m_sim->canReadLine() && timer.elapsed() < 10000 && m_sim->state() == QProcess::Running)
        m_sim->waitForReadyRead(200);
    return m_sim->canReadLine() && m_sim->readLine().trimmed() == "ready";
}

std::optional<Devices::Msr605Tracks> tst_StripeIssue::readStripe()
{
    Msr605Encoder encoder;
    encoder.setSwipeTimeout(5000);
    QSignalSpy opened(&encoder, &Msr605Encoder::opened);
    QSignalSpy read(&encoder, &Msr605Encoder::read);
    QSignalSpy failed(&encoder, &Msr605Encoder::failed);
    encoder.open(appPort());
    if (opened.isEmpty() && failed.isEmpty())
        opened.wait(5000);
    if (opened.isEmpty())
        return std::nullopt;
    encoder.readIso();
    if (read.isEmpty() && failed.isEmpty())
        read.wait(6000);
    if (read.isEmpty())
        return std::nullopt;
    return read.first().first().value<Devices::Msr605Tracks>();
}

QList<Card> tst_StripeIssue::cardsOf(const Member &member)
{
    Result<QList<Card>> cards = m_store->hub->cards().cardsOfMember(m_store->admin, member.id);
    return cards ? *cards : QList<Card>{};
}

std::optional<Card> tst_StripeIssue::issueThroughDialog(const Member &member, QString *problem,
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

void tst_StripeIssue::issueWritesTheStripe()
{
    QVERIFY(startDevice({}));
    const Member sara = m_store->member(1, QStringLiteral("سارا"), QStringLiteral("کریمی"));
    QString problem;
    QStringList prompts;
    const std::optional<Card> issued = issueThroughDialog(sara, &problem, [&](Ui::EncodeCardDialog *d) {
        connect(&d->flow(), &Ui::CardEncodingFlow::stateChanged, d, [&prompts, d] { prompts << d->text(); });
        if (!waitForState(d, State::Done))
            return QStringLiteral("not done: %1").arg(d->text());
        screenshot(d, QStringLiteral("encode-stripe-done"));
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(issued);
    QCOMPARE(issued->status, CardStatus::Active);
    QVERIFY(issued->chipUid.isEmpty());
    const QList<Card> cards = cardsOf(sara);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().status, CardStatus::Active);
    QVERIFY(cards.first().chipUid.isEmpty());
    // Both swipes were asked for (in Persian, so not the English source text).
    QVERIFY2(prompts.size() >= 3, qPrintable(prompts.join(QLatin1Char('|'))));

    // What the simulator holds now is a valid stripe with the issued number.
    const auto tracks = readStripe();
    QVERIFY(tracks);
    const LoyaltyStripe::Read read =
        LoyaltyStripe::parse(tracks->track1.text, tracks->track2.text, m_devices->cardKeys());
    QCOMPARE(read.check, LoyaltyStripe::Check::Valid);
    QCOMPARE(read.cardNumber, issued->number);
    QCOMPARE(read.name, QStringLiteral("MEMBER")); // a Persian name has no track-1 letters
}

void tst_StripeIssue::printWhileEncoding()
{
    QVERIFY(startDevice({}));
    // The type's saved design, told apart from the default one by a text of its own.
    Devices::CardLayout layout = Devices::CardLayout::defaultLayout();
    layout.back.elements.append(
        Devices::CardLayout::newElement(Devices::CardElement::Kind::Text, QStringLiteral("SavedDesign-{member.number}")));
    QVERIFY(m_store->hub->templates().save(m_store->admin, m_type.id, layout.toJson()));
    // A Latin name, so the PDF's text can be compared without shaping or bidi questions.
    const Member sara = m_store->member(2, QStringLiteral("Sara"), QStringLiteral("Ahmadi"));
    const QString pdf = m_dir->filePath(QStringLiteral("card.pdf"));
    QString printedNumber;
    bool printed = false;
    QString problem;
    const std::optional<Card> issued = issueThroughDialog(sara, &problem, [&](Ui::EncodeCardDialog *d) {
        auto *print = d->findChild<QPushButton *>(QStringLiteral("printCard"));
        if (!print || !print->isVisible() || !print->isEnabled())
            return QStringLiteral("no Print the Card button");
        d->setNextPdfPath(pdf);
        printedNumber = d->flow().card().number;
        print->click();
        printed = QFile::exists(pdf);
        if (!waitForState(d, State::Done))
            return QStringLiteral("not done after printing: %1").arg(d->text());
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(printed);
    QVERIFY(issued);
    QCOMPARE(issued->status, CardStatus::Active);
    QCOMPARE(issued->number, printedNumber);

    bool ok = false;
    const QString text = pdfText(pdf, &ok);
    QVERIFY(ok);
    QVERIFY2(text.contains(QStringLiteral("Sara Ahmadi")), qPrintable(text));
    QVERIFY2(text.contains(issued->number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SavedDesign-%1").arg(sara.id)), qPrintable(text));
}

void tst_StripeIssue::batchPrintsAllCards()
{
    QVERIFY(startDevice({}));
    const QList<Member> members{m_store->member(4, QStringLiteral("Nima"), QStringLiteral("Rahimi")),
                                m_store->member(5, QStringLiteral("Leila"), QStringLiteral("Nouri"))};
    QList<Ui::BatchIssueDialog::Recipient> recipients;
    for (const Member &m : members)
        recipients.append({m.id, m.fullName()});
    Ui::BatchIssueDialog dialog(*m_store->context, recipients);
    dialog.show();
    QVERIFY(dialog.selectCardType(m_type.id));
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printAll"));
    QVERIFY(print);
    QVERIFY(!print->isVisible()); // nothing issued yet
    dialog.findChild<QPushButton *>(QStringLiteral("start"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.doneCount() + dialog.failedCount() == 2, kEncodeWaitMs * 2);
    QCOMPARE(dialog.doneCount(), 2);
    QVERIFY(print->isVisible());

    const QString pdf = m_dir->filePath(QStringLiteral("batch.pdf"));
    dialog.setNextPdfPath(pdf);
    print->click();
    bool ok = false;
    const QString text = pdfText(pdf, &ok);
    QVERIFY(ok);
    for (const Member &m : members) {
        const QList<Card> cards = cardsOf(m);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().status, CardStatus::Active);
        QVERIFY2(text.contains(m.fullName()), qPrintable(text));
        QVERIFY2(text.contains(cards.first().number), qPrintable(text));
    }
    // One job: front and back of each card.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\b"))),
             "expected 4 pages");
    dialog.reject();
}

void tst_StripeIssue::writeErrorThenAbandon()
{
    // Status 0x31: the device reports a read/write error for the write.
    QVERIFY(startDevice({QStringLiteral("--status"), QStringLiteral("31")}));
    const Member reza = m_store->member(3, QStringLiteral("رضا"), QStringLiteral("احمدی"));
    const QString expected = Ui::DeviceMessages::encoder(Msr605Encoder::ErrorKind::ReadWriteError);
    QString failure;
    QList<Card> whileFailed;
    QString problem;
    const std::optional<Card> issued = issueThroughDialog(reza, &problem, [&](Ui::EncodeCardDialog *d) {
        if (!waitForState(d, State::Failed))
            return QStringLiteral("no failure: %1").arg(d->text());
        failure = d->text();
        whileFailed = cardsOf(reza);
        screenshot(d, QStringLiteral("encode-stripe-failed"));
        if (!d->findChild<QPushButton *>(QStringLiteral("retry"))->isVisible())
            return QStringLiteral("no Retry offered");
        d->findChild<QPushButton *>(QStringLiteral("abandon"))->click();
        if (d->flow().state() != State::Abandoned)
            return QStringLiteral("not abandoned: %1").arg(d->text());
        d->accept();
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(failure, expected);
    QCOMPARE(whileFailed.size(), 1);
    QCOMPARE(whileFailed.first().status, CardStatus::Pending);
    QVERIFY(!issued);
    const QList<Card> cards = cardsOf(reza);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().status, CardStatus::Void);
}

QTEST_MAIN(tst_StripeIssue)
#include "tst_stripeissue.moc"
