// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding a batch of pre-printed stock cards on real middleware: Cards → Card Stock →
// Encode… through the real StockEncodeDialog and CardEncodingFlow, onto virtual MIFARE
// Classic cards (tests/support/vicc_mifare.py) behind pcscd + vpcd slot 0, one chip after
// another; a stock card tapped afterwards through the DeviceHub opens Activate Card; a chip
// pulled away mid-write is never marked and is encoded again; a chip holding another card is
// refused; a chip already holding this very card is only recorded; and a batch written on
// magnetic stripes through the MSR605 simulator
// (tests/support/msr605_sim.py) on a socat pty pair. Offscreen, in Persian and Arabic.
#include "MemberFlowSupport.h"
#include "card/LoyaltyCardWriter.h"
#include "card/LoyaltyStripe.h"
#include "cards/CardService.h"
#include "cards/CardStockService.h"
#include "devices/DeviceHub.h"
#include "magstripe/Msr605Encoder.h"
#include "models/Labels.h"
#include "pages/cards/CardEncodingFlow.h"
#include "pages/cards/CardStockTab.h"
#include "pages/cards/CardsPage.h"
#include "pages/cards/StockActivationDialog.h"
#include "pages/cards/StockBatchDialogs.h"
#include "pages/cards/StockEncodeDialog.h"
#include "pcsc/PcscStation.h"
#include "VirtualCard.h"
#include "security/KeyVault.h"
#include "shell/MainWindow.h"
#include "storage/SqlQuery.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace MemberFlow;
using Club::Devices::LoyaltyCardWriter;
using Club::Devices::LoyaltyStripe;
using Club::Devices::Msr605Encoder;
using Club::Devices::PcscError;
using Club::Devices::PcscStation;
using State = Club::Ui::CardEncodingFlow::State;

Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardWriter::ReadResult)

namespace {
const QString kPassphrase = QStringLiteral("stock-encode-passphrase");
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QString kPort = QStringLiteral("35963");
constexpr int kEncodeWaitMs = 30000;

QString localDigits(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

State flowState(const Ui::StockEncodeDialog *d)
{
    return d->flow() ? d->flow()->state() : State::Idle;
}

bool waitForDone(Ui::StockEncodeDialog *d, int done)
{
    return QTest::qWaitFor([&] { return d->doneCount() >= done; }, kEncodeWaitMs);
}

bool waitForState(Ui::StockEncodeDialog *d, State state)
{
    return QTest::qWaitFor([&] { return flowState(d) == state; }, kEncodeWaitMs);
}

// Like whenModal, for a dialog that opens later on its own (after a tap is read in a PC/SC
// job): polls until a modal D is up, drives it once, and closes it whatever happened.
template<typename D> std::unique_ptr<QTimer> whenModalAppears(QString *problem, std::function<QString(D *)> drive)
{
    auto timer = std::make_unique<QTimer>();
    *problem = QStringLiteral("the dialog never opened");
    timer->setInterval(50);
    QTimer *t = timer.get();
    QObject::connect(t, &QTimer::timeout, t, [t, problem, drive] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        t->stop();
        *problem = drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
    return timer;
}
} // namespace

class tst_StockEncode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chipBatch_data();
    void chipBatch();
    void removedMidWriteIsNotMarked();
    void chipHoldingAnotherCardIsRefused();
    void chipAlreadyHoldingThisCardIsRecorded();
    void stripeBatch();

private:
    bool insertCard(const QString &uid, const QString &state, const QStringList &extra = {});
    void removeCard();
    LoyaltyCardWriter::ReadResult readCard();
    void openStockTab();
    // Makes a batch through the New Batch dialog; returns it, or nothing with `problem` set.
    std::optional<StockBatch> makeBatch(int quantity, QString *problem);
    QList<StockCard> stockCards(Id batchId);
    // Opens Encode… on the selected batch and runs `drive` on its dialog.
    QString encode(std::function<QString(Ui::StockEncodeDialog *)> drive);
    bool startEncoderSim();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Ui::DeviceHub> m_devices;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QProcess> m_card;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    Ui::CardStockTab *m_tab = nullptr;
    CardType m_type;
};

void tst_StockEncode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_stockencode"));
}

void tst_StockEncode::init()
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
    settings.readerPattern = kReader;
    settings.tapToOpen = true;
    settings.encoderModel = Ui::DeviceSettings::EncoderModel::None;
    settings.encoderPort.clear();
    m_devices->setSettings(settings);
    m_devices->setKeys(*unlocked);
    QVERIFY(m_devices->hasKeys());
    m_store->context->setDevices(m_devices.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_devices->station()->readers().contains(kReader), 10000);
}

void tst_StockEncode::cleanup()
{
    removeCard();
    m_window.reset();
    if (m_store)
        m_store->context->setDevices(nullptr);
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
    m_tab = nullptr;
}

bool tst_StockEncode::insertCard(const QString &uid, const QString &state, const QStringList &extra)
{
    return VirtualCard::insert(m_card, m_devices->station(), QStringLiteral(CLUB_TEST_VICC_MIFARE), kPort, uid, state,
                               extra);
}

void tst_StockEncode::removeCard()
{
    VirtualCard::remove(m_card, m_devices->station());
}

LoyaltyCardWriter::ReadResult tst_StockEncode::readCard()
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

void tst_StockEncode::openStockTab()
{
    m_window.reset(Ui::MainWindow::create(*m_store->context));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *cards = m_window->page<Ui::CardsPage>();
    QVERIFY(cards);
    QVERIFY(m_window->showPage(cards));
    auto *tabs = child<QTabWidget>(cards, "cardsTabs");
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    m_tab = cards->stockTab();
    QVERIFY(m_tab);
}

std::optional<StockBatch> tst_StockEncode::makeBatch(int quantity, QString *problem)
{
    auto guard = whenModal<Ui::NewStockBatchDialog>(problem, [&](Ui::NewStockBatchDialog *d) {
        if (!choose(child<QComboBox>(d, "stockType"), QVariant::fromValue(qint64(m_type.id))))
            return QStringLiteral("the card type is not offered");
        retypeSpin(child<QSpinBox>(d, "stockQuantity"), localDigits(quantity));
        QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
        // The batch is made on a worker thread: the dialog closes when it is done.
        if (!QTest::qWaitFor([d] { return !d->isVisible(); }, 20000))
            return QStringLiteral("the batch dialog did not close: %1").arg(d->errors()->message(QStringLiteral("quantity")));
        return d->result() == QDialog::Accepted ? QString() : QStringLiteral("the batch was refused");
    });
    QTest::mouseClick(child<QPushButton>(m_tab, "newBatch"), Qt::LeftButton);
    if (!problem->isEmpty())
        return std::nullopt;
    if (!m_tab->selectedBatch()) {
        *problem = QStringLiteral("the new batch is not selected");
        return std::nullopt;
    }
    return m_tab->selectedBatch();
}

QList<StockCard> tst_StockEncode::stockCards(Id batchId)
{
    Result<QList<StockCard>> cards = m_store->hub->cardStock().cardsOfBatch(m_store->admin, batchId);
    return cards ? *cards : QList<StockCard>{};
}

QString tst_StockEncode::encode(std::function<QString(Ui::StockEncodeDialog *)> drive)
{
    auto *button = child<QPushButton>(m_tab, "encodeBatch");
    if (!button->isVisible() || !button->isEnabled())
        return QStringLiteral("Encode… is not offered");
    QString problem;
    auto guard = whenModal<Ui::StockEncodeDialog>(&problem, std::move(drive));
    QTest::mouseClick(button, Qt::LeftButton);
    return problem;
}

void tst_StockEncode::chipBatch_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fa") << QStringLiteral("fa");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void tst_StockEncode::chipBatch()
{
    QFETCH(QString, language);
    Ui::Language::install(language);
    openStockTab();
    QString problem;
    const std::optional<StockBatch> batch = makeBatch(3, &problem);
    QVERIFY2(batch, qPrintable(problem));
    QCOMPARE(batch->quantity, 3);
    const QStringList uids{QStringLiteral("04A1000000AA01"), QStringLiteral("04A1000000AA02"),
                           QStringLiteral("04A1000000AA03")};
    auto stateOf = [this](int i) { return m_dir->filePath(QStringLiteral("chip%1.json").arg(i)); };

    // The three cards, one chip after the other, as an operator feeds the reader.
    problem = encode([&](Ui::StockEncodeDialog *d) {
        if (d->cardCount() != 3)
            return QStringLiteral("%1 cards to encode, not 3").arg(d->cardCount());
        QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
        for (int i = 0; i < 3; ++i) {
            if (!waitForState(d, State::WaitingForCard))
                return QStringLiteral("card %1 not asked for: %2").arg(i + 1).arg(d->prompt());
            if (i == 1)
                screenshot(d, QStringLiteral("stock-encode-mid-batch"));
            if (!insertCard(uids.at(i), stateOf(i)))
                return QStringLiteral("chip %1 not seen by the reader").arg(i + 1);
            if (!waitForDone(d, i + 1))
                return QStringLiteral("card %1 not encoded: %2").arg(i + 1).arg(d->prompt());
            removeCard();
        }
        if (!QTest::qWaitFor([d] { return d->flow() == nullptr; }, 5000))
            return QStringLiteral("the batch did not finish: %1").arg(d->prompt());
        if (d->rowText(2).isEmpty())
            return QStringLiteral("no state for the last card");
        screenshot(d, QStringLiteral("stock-encode-done"));
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QList<StockCard> cards = stockCards(batch->id);
    QCOMPARE(cards.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cards.at(i).chipUid, uids.at(i));
        QVERIFY(cards.at(i).encodedAt.isValid());
        QCOMPARE(cards.at(i).status, StockCardStatus::InStock);
    }
    // Encode… has nothing left to do for this batch.
    problem = encode([](Ui::StockEncodeDialog *d) {
        return d->cardCount() == 0 ? QString() : QStringLiteral("%1 cards offered again").arg(d->cardCount());
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Each chip reads back Valid with its stock card's number (read as a reader job, with
    // tapping paused so the desk does not act on them).
    m_devices->pauseIdentification();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insertCard(uids.at(i), stateOf(i)));
        const LoyaltyCardWriter::ReadResult read = readCard();
        QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
        QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
        QCOMPARE(read.data.cardNumber, cards.at(i).number);
        QCOMPARE(QString::fromLatin1(read.uid.toHex().toUpper()), uids.at(i));
        removeCard();
    }
    m_devices->resumeIdentification();

    // Handed out, then card 2 tapped at the desk: Activate Card opens and binds it.
    StockDistribution d;
    d.batchId = batch->id;
    d.recipient = QStringLiteral("نمایشگاه");
    QCOMPARE(*m_store->hub->cardStock().distribute(m_store->admin, d), 3);
    const Member draft = Club::Test::memberDraft(5);
    Id memberId = kNoId;
    {
        auto watch = whenModalAppears<Ui::StockActivationDialog>(&problem, [&](Ui::StockActivationDialog *dialog) {
            retype(child(dialog, "firstName"), QStringLiteral("نرگس"));
            retype(child(dialog, "lastName"), QStringLiteral("امینی"));
            retype(child(dialog, "mobile"), draft.mobile);
            QTest::mouseClick(child<QPushButton>(dialog, "activate"), Qt::LeftButton);
            if (dialog->result() != QDialog::Accepted || !dialog->activation())
                return QString(QStringLiteral("activation refused: ") +
                               dialog->errors()->message(QStringLiteral("mobile")));
            memberId = dialog->activation()->memberId;
            return QString();
        });
        QVERIFY(insertCard(uids.at(1), stateOf(1)));
        QTRY_VERIFY_WITH_TIMEOUT(problem != QStringLiteral("the dialog never opened"), 15000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    removeCard();
    const StockCard bound = *m_store->hub->cardStock().stockCard(m_store->admin, cards.at(1).id);
    QCOMPARE(bound.status, StockCardStatus::Bound);
    QCOMPARE(bound.memberId, memberId);
    const Result<Card> card = m_store->hub->cards().findByNumber(m_store->admin, cards.at(1).number);
    QVERIFY(card);
    QCOMPARE(card->memberId, memberId);
    QCOMPARE(card->chipUid, uids.at(1));
    QCOMPARE(card->status, CardStatus::Active);
}

void tst_StockEncode::removedMidWriteIsNotMarked()
{
    openStockTab();
    QString problem;
    const std::optional<StockBatch> batch = makeBatch(1, &problem);
    QVERIFY2(batch, qPrintable(problem));
    const QString uid = QStringLiteral("04B2000000BB01");
    const QString state = m_dir->filePath(QStringLiteral("pulled.json"));

    QString failure;
    problem = encode([&](Ui::StockEncodeDialog *d) {
        QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
        if (!waitForState(d, State::WaitingForCard))
            return QStringLiteral("no card asked for");
        // Pulled away during the sixth write (a sector trailer).
        if (!insertCard(uid, state, {QStringLiteral("--drop-after-writes"), QStringLiteral("5")}))
            return QStringLiteral("chip not seen");
        if (!waitForState(d, State::Failed))
            return QStringLiteral("no failure: %1").arg(d->prompt());
        failure = d->rowText(0);
        if (!child<QPushButton>(d, "retry")->isVisible() || !child<QPushButton>(d, "skip")->isVisible())
            return QStringLiteral("no Retry and Skip after the failure");
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(failure.contains(QCoreApplication::translate(
                 "Club::Ui::CardEncodingFlow", "The card was taken off the reader while the keys were being written. "
                                               "Put it back and press Retry.")),
             qPrintable(failure));
    removeCard();
    StockCard card = stockCards(batch->id).value(0);
    QVERIFY(card.chipUid.isEmpty());
    QVERIFY(!card.encodedAt.isValid());

    // Encode… offers it again; the half-written chip is put back and finished.
    problem = encode([&](Ui::StockEncodeDialog *d) {
        if (d->cardCount() != 1)
            return QStringLiteral("the card is not offered again");
        QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
        if (!waitForState(d, State::WaitingForCard))
            return QStringLiteral("no card asked for");
        if (!insertCard(uid, state))
            return QStringLiteral("chip not seen");
        if (!waitForDone(d, 1))
            return QStringLiteral("not encoded: %1").arg(d->prompt());
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    card = stockCards(batch->id).value(0);
    QCOMPARE(card.chipUid, uid);
    QVERIFY(card.encodedAt.isValid());
    const LoyaltyCardWriter::ReadResult read = readCard();
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(read.data.cardNumber, card.number);
}

void tst_StockEncode::chipHoldingAnotherCardIsRefused()
{
    Ui::Language::install(QStringLiteral("ar"));
    openStockTab();
    QString problem;
    const std::optional<StockBatch> batch = makeBatch(2, &problem);
    QVERIFY2(batch, qPrintable(problem));
    const QString uid = QStringLiteral("04C3000000CC01");
    const QString state = m_dir->filePath(QStringLiteral("used.json"));
    QList<StockCard> cards = stockCards(batch->id);

    // Card 1 goes on the chip; card 2 is then offered the same chip.
    problem = encode([&](Ui::StockEncodeDialog *d) {
        QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
        if (!waitForState(d, State::WaitingForCard) || !insertCard(uid, state))
            return QStringLiteral("chip not seen");
        if (!waitForDone(d, 1))
            return QStringLiteral("card 1 not encoded: %1").arg(d->prompt());
        removeCard();
        if (!waitForState(d, State::WaitingForCard) || !insertCard(uid, state))
            return QStringLiteral("chip not seen for card 2");
        if (!waitForState(d, State::Failed))
            return QStringLiteral("the used chip was not refused: %1").arg(d->prompt());
        const QString message = d->flow()->message();
        if (!message.contains(Ui::Labels::cardNumber(cards.at(0).number)))
            return QStringLiteral("the refusal does not name the card on the chip: %1").arg(message);
        if (child<QPushButton>(d, "erase")->isVisible())
            return QStringLiteral("erasing another card's chip is offered");
        screenshot(d, QStringLiteral("stock-encode-refused"));
        QTest::mouseClick(child<QPushButton>(d, "skip"), Qt::LeftButton);
        if (!QTest::qWaitFor([d] { return d->flow() == nullptr; }, 5000))
            return QStringLiteral("skipping did not end the batch");
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    cards = stockCards(batch->id);
    QCOMPARE(cards.at(0).chipUid, uid);
    QVERIFY(cards.at(1).chipUid.isEmpty());
    QVERIFY(!cards.at(1).encodedAt.isValid());
    // The chip still holds card 1, untouched.
    const LoyaltyCardWriter::ReadResult read = readCard();
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(read.data.cardNumber, cards.at(0).number);
}

// The chip was written and checked, but the desk stopped before recording it (the program
// closed, the database was busy): encoding it again finds this very card on the chip and
// only records it, writing nothing.
void tst_StockEncode::chipAlreadyHoldingThisCardIsRecorded()
{
    openStockTab();
    QString problem;
    const std::optional<StockBatch> batch = makeBatch(1, &problem);
    QVERIFY2(batch, qPrintable(problem));
    const QString uid = QStringLiteral("04D4000000DD01");
    const QString state = m_dir->filePath(QStringLiteral("written.json"));
    auto encodeOnce = [&] {
        return encode([&](Ui::StockEncodeDialog *d) {
            if (d->cardCount() != 1)
                return QStringLiteral("%1 cards offered, not 1").arg(d->cardCount());
            QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
            if (!waitForState(d, State::WaitingForCard) || !insertCard(uid, state))
                return QStringLiteral("chip not seen");
            if (!waitForDone(d, 1))
                return QStringLiteral("not encoded: %1").arg(d->prompt());
            return QString();
        });
    };
    problem = encodeOnce();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    removeCard();
    const StockCard card = stockCards(batch->id).value(0);
    QCOMPARE(card.chipUid, uid);
    // What a recording that never happened leaves behind.
    SqlQuery forget(m_store->db.db(),
                    QStringLiteral("UPDATE card_stock_cards SET chip_uid = NULL, encoded_at = NULL WHERE id = :id"));
    forget.bind(QStringLiteral(":id"), card.id);
    QVERIFY(forget.exec());
    const QByteArray before = [&] {
        QFile f(state);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    problem = encodeOnce();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const StockCard recorded = stockCards(batch->id).value(0);
    QCOMPARE(recorded.chipUid, uid);
    QVERIFY(recorded.encodedAt.isValid());
    // Nothing was written on the chip the second time.
    QFile after(state);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

bool tst_StockEncode::startEncoderSim()
{
    const QString app = m_dir->filePath(QStringLiteral("ttyApp"));
    const QString dev = m_dir->filePath(QStringLiteral("ttyDev"));
    m_socat = std::make_unique<QProcess>();
    m_socat->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat->start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + app,
                                             QStringLiteral("pty,raw,echo=0,link=") + dev});
    if (!m_socat->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!(QFileInfo::exists(app) && QFileInfo::exists(dev)) && timer.elapsed() < 5000)
        QTest::qWait(20);
    m_sim = std::make_unique<QProcess>();
    m_sim->setReadChannel(QProcess::StandardOutput);
    m_sim->start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(CLUB_MSR605_SIM), QStringLiteral("--port"), dev});
    if (!m_sim->waitForStarted(5000))
        return false;
    while (!m_sim->canReadLine() && timer.elapsed() < 10000 && m_sim->state() == QProcess::Running)
        m_sim->waitForReadyRead(200);
    return m_sim->canReadLine() && m_sim->readLine().trimmed() == "ready";
}

void tst_StockEncode::stripeBatch()
{
    QVERIFY(startEncoderSim());
    // This desk has no chip reader, only the MSR605 encoder.
    Ui::DeviceSettings settings = m_devices->settings();
    settings.readerPattern = QStringLiteral("No such reader*");
    settings.encoderModel = Ui::DeviceSettings::EncoderModel::Msr605;
    settings.encoderPort = m_dir->filePath(QStringLiteral("ttyApp"));
    settings.encoderHiCo = true;
    m_devices->setSettings(settings);
    QTRY_VERIFY(Ui::CardEncodingFlow::writesStripe(*m_store->context));
    openStockTab();
    QString problem;
    const std::optional<StockBatch> batch = makeBatch(2, &problem);
    QVERIFY2(batch, qPrintable(problem));

    problem = encode([&](Ui::StockEncodeDialog *d) {
        QTest::mouseClick(child<QPushButton>(d, "start"), Qt::LeftButton);
        if (!waitForDone(d, 2))
            return QStringLiteral("not encoded: %1").arg(d->prompt());
        screenshot(d, QStringLiteral("stock-encode-stripe"));
        return QString();
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<StockCard> cards = stockCards(batch->id);
    for (const StockCard &c : cards) {
        QVERIFY(c.chipUid.isEmpty());
        QVERIFY(c.encodedAt.isValid());
    }
    // A stripe leaves no chip UID: the encoded cards are still not offered again.
    problem = encode([](Ui::StockEncodeDialog *d) {
        return d->cardCount() == 0 ? QString() : QStringLiteral("%1 cards offered again").arg(d->cardCount());
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // What the encoder holds now is the last card, valid, with its number.
    Msr605Encoder encoder;
    encoder.setSwipeTimeout(5000);
    QSignalSpy opened(&encoder, &Msr605Encoder::opened);
    QSignalSpy read(&encoder, &Msr605Encoder::read);
    encoder.open(settings.encoderPort);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 5000);
    encoder.readIso();
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 6000);
    const auto tracks = read.first().first().value<Devices::Msr605Tracks>();
    const LoyaltyStripe::Read r = LoyaltyStripe::parse(tracks.track1.text, tracks.track2.text, m_devices->cardKeys());
    QCOMPARE(r.check, LoyaltyStripe::Check::Valid);
    QCOMPARE(r.cardNumber, cards.at(1).number);
}

QTEST_MAIN(tst_StockEncode)
#include "tst_stockencode.moc"
