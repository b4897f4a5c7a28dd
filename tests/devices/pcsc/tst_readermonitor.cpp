// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reader selection, ReaderMonitor and PcscStation against pcscd + vpcd with a virtual MIFARE
// Classic card (tests/support/vicc_mifare.py) on "Virtual PCD 00 01", so this test does not
// fight tst_mifareclassic over the card on "Virtual PCD 00 00".
#include "pcsc/MifareClassic.h"
#include "pcsc/PcscStation.h"
#include "pcsc/ReaderMonitor.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <ctime>

using namespace Club::Devices;

namespace {
const QString Reader = QStringLiteral("Virtual PCD 00 01");
const QString OtherReader = QStringLiteral("Virtual PCD 00 00");
const int VpcdPort = 35964; // slot 1 = "Virtual PCD 00 01"
const QByteArray Uid = QByteArray::fromHex("04A1B2C3");
const QByteArray MifareAtr = QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A");
constexpr int SignalTimeoutMs = 10000;

// Arguments of the first spied signal for `reader` (readers are shared with other tests).
int indexFor(const QSignalSpy &spy, const QString &reader)
{
    for (int i = 0; i < spy.count(); ++i) {
        if (spy.at(i).at(0).toString() == reader)
            return i;
    }
    return -1;
}

int countFor(const QSignalSpy &spy, quint64 id)
{
    int n = 0;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<quint64>() == id)
            ++n;
    }
    return n;
}

QList<QVariant> argsFor(const QSignalSpy &spy, quint64 id)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<quint64>() == id)
            return args;
    }
    return {};
}
} // namespace

class TestReaderMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void matchReader_data();
    void matchReader();
    void monitorListsReaders();
    void monitorSeesInsertionAndRemoval();
    void monitorReportsCardPresentAtStart();
    void monitorStopsQuickly();
    void stationReadsUid();
    void stationJobWithoutCard();
    void stationCallbackOncePerLiveReceiver();
    void stationUnknownReader();
    void stationTimeoutIsReportedOnce();
    void stationNotRunning();
    void stationStopsQuickly();
    void removalDuringJobIsCardRemoved();
    void removalRightBeforeExchange();
    void monitorWithoutService();
    void stationWithoutService();

private:
    void insertCard();
    void removeCard();

    QProcess m_vicc;
};

void TestReaderMonitor::initTestCase()
{
    // The no-service run (its own ctest entry) points the client at a socket nobody serves.
    if (qEnvironmentVariableIsSet("CLUB_TEST_PCSC_NO_SERVICE"))
        return;
    // pcscd.sh writes KEY=VALUE lines the PC/SC client must see before any context exists.
    QFile env(qEnvironmentVariable("CLUB_TEST_PCSC_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        QSKIP("no pcscd fixture (CLUB_TEST_PCSC_ENV): run through ctest");
    while (!env.atEnd()) {
        const QByteArray line = env.readLine().trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            qputenv(line.left(eq).constData(), line.mid(eq + 1));
    }
    PcscContext context;
    QCOMPARE(context.establish(), PcscError::None);
    // No card on our reader from an earlier, crashed run.
    QCOMPARE(context.waitForCard(Reader, 1), PcscError::NoCard);
}

void TestReaderMonitor::cleanup()
{
    removeCard();
}

void TestReaderMonitor::insertCard()
{
    m_vicc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_vicc.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CLUB_TEST_VICC_MIFARE), QStringLiteral("--uid"), QString::fromLatin1(Uid.toHex()),
                  QStringLiteral("--port"), QString::number(VpcdPort)});
    QVERIFY(m_vicc.waitForStarted(5000));
    PcscContext context;
    QCOMPARE(context.establish(), PcscError::None);
    QCOMPARE(context.waitForCard(Reader, SignalTimeoutMs), PcscError::None);
}

void TestReaderMonitor::removeCard()
{
    if (m_vicc.state() == QProcess::NotRunning)
        return;
    m_vicc.kill();
    QVERIFY(m_vicc.waitForFinished(5000));
    // pcscd polls the reader, so it notices the removal a little later; the next test must
    // start with an empty reader.
    PcscContext context;
    QCOMPARE(context.establish(), PcscError::None);
    PcscCard card(context);
    QTRY_COMPARE_WITH_TIMEOUT(card.connect(Reader), PcscError::NoCard, SignalTimeoutMs);
}

void TestReaderMonitor::matchReader_data()
{
    const QStringList readers{QStringLiteral("ACS ACR122U PICC Interface 00 00"), QStringLiteral("Virtual PCD 00 00"),
                              QStringLiteral("Virtual PCD 00 01")};
    QTest::addColumn<QStringList>("readers");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty pattern: first") << readers << QString() << readers.at(0);
    QTest::newRow("empty pattern, no readers") << QStringList() << QString() << QString();
    QTest::newRow("exact") << readers << QStringLiteral("Virtual PCD 00 01") << readers.at(2);
    QTest::newRow("case-insensitive") << readers << QStringLiteral("virtual pcd 00 00") << readers.at(1);
    QTest::newRow("star suffix") << readers << QStringLiteral("ACS ACR122U*") << readers.at(0);
    QTest::newRow("star prefix") << readers << QStringLiteral("*00 01") << readers.at(2);
    QTest::newRow("star: first match wins") << readers << QStringLiteral("Virtual*") << readers.at(1);
    QTest::newRow("question mark") << readers << QStringLiteral("Virtual PCD 00 0?") << readers.at(1);
    QTest::newRow("question mark is one char") << readers << QStringLiteral("Virtual PCD 00 ?") << QString();
    QTest::newRow("whole name, not a part") << readers << QStringLiteral("ACR122U") << QString();
    QTest::newRow("no match") << readers << QStringLiteral("Gemalto*") << QString();
    QTest::newRow("regex characters are literal")
        << QStringList{QStringLiteral("Reader (1) [x]."), QStringLiteral("Reader 1 x")} << QStringLiteral("Reader (1) [x].")
        << QStringLiteral("Reader (1) [x].");
    QTest::newRow("dot is not a wildcard")
        << QStringList{QStringLiteral("Reader A1")} << QStringLiteral("Reader .1") << QString();
}

void TestReaderMonitor::matchReader()
{
    QFETCH(QStringList, readers);
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QCOMPARE(PcscContext::matchReader(pattern, readers), expected);
}

void TestReaderMonitor::monitorListsReaders()
{
    ReaderMonitor monitor;
    QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
    QSignalSpy service(&monitor, &ReaderMonitor::serviceStateChanged);
    monitor.start();
    QVERIFY(readers.wait(SignalTimeoutMs));
    const QStringList names = readers.at(0).at(0).toStringList();
    QVERIFY2(names.contains(Reader) && names.contains(OtherReader), qPrintable(names.join(u',')));
    QCOMPARE(monitor.readers(), names);
    QTRY_COMPARE_WITH_TIMEOUT(service.count(), 1, SignalTimeoutMs);
    QCOMPARE(service.at(0).at(0).value<PcscError>(), PcscError::None);
    QCOMPARE(monitor.serviceState(), PcscError::None);
    // Readers do not change: no further report.
    QTest::qWait(300);
    QCOMPARE(readers.count(), 1);
}

void TestReaderMonitor::monitorSeesInsertionAndRemoval()
{
    ReaderMonitor monitor;
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
    QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
    monitor.start();
    QVERIFY(readers.wait(SignalTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(indexFor(inserted, Reader), -1);

    insertCard();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);
    QCOMPARE(inserted.at(indexFor(inserted, Reader)).at(1).toByteArray(), MifareAtr);
    QCOMPARE(indexFor(removed, Reader), -1);

    removeCard();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(removed, Reader) >= 0, SignalTimeoutMs);
    // One insertion, one removal: nothing spurious from pcscd powering the card up or down.
    QTest::qWait(500);
    int insertions = 0;
    for (const QList<QVariant> &args : std::as_const(inserted))
        insertions += args.at(0).toString() == Reader;
    int removals = 0;
    for (const QList<QVariant> &args : std::as_const(removed))
        removals += args.at(0).toString() == Reader;
    QCOMPARE(insertions, 1);
    QCOMPARE(removals, 1);
}

void TestReaderMonitor::monitorReportsCardPresentAtStart()
{
    insertCard();
    PcscContext context;
    QCOMPARE(context.establish(), PcscError::None);
    QCOMPARE(context.waitForCard(Reader, SignalTimeoutMs), PcscError::None);

    ReaderMonitor monitor;
    QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);
    QCOMPARE(inserted.at(indexFor(inserted, Reader)).at(1).toByteArray(), MifareAtr);
}

void TestReaderMonitor::monitorStopsQuickly()
{
    ReaderMonitor monitor;
    QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
    monitor.start();
    QVERIFY(readers.wait(SignalTimeoutMs));
    QTest::qWait(300); // now blocked in SCardGetStatusChange
    QElapsedTimer timer;
    timer.start();
    monitor.stop();
    // Well below one wait period: SCardCancel woke the wait.
    QVERIFY2(timer.elapsed() < ReaderMonitor::WaitTimeoutMs / 2, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!monitor.isRunning());
}

void TestReaderMonitor::stationReadsUid()
{
    insertCard();
    PcscStation station;
    station.setReaderPattern(QStringLiteral("virtual pcd ?? 01"));
    QSignalSpy inserted(&station, &PcscStation::cardInserted);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);
    QCOMPARE(station.selectedReader(), Reader);

    const quint64 id = station.submit(
        [](PcscCard &card, PcscError *error) -> QVariant {
            MifareClassic mifare(card);
            QByteArray uid;
            if (mifare.getUid(&uid) != MifareError::None)
                *error = mifare.lastPcscError();
            return uid;
        },
        5000);
    QCOMPARE(finished.count(), 0); // never from inside submit()
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::None);
    QCOMPARE(finished.at(0).at(2).toByteArray(), Uid);

    // An explicit reader name overrides the pattern.
    const quint64 second = station.submit([](PcscCard &card, PcscError *) -> QVariant { return card.atr(); }, 5000, Reader);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SignalTimeoutMs);
    QCOMPARE(finished.at(1).at(0).value<quint64>(), second);
    QCOMPARE(finished.at(1).at(2).toByteArray(), MifareAtr);
}

void TestReaderMonitor::stationJobWithoutCard()
{
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    bool ran = false;
    const quint64 id = station.submit(
        [&ran](PcscCard &, PcscError *) -> QVariant {
            ran = true;
            return 1;
        },
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::NoCard);
    QVERIFY(!finished.at(0).at(2).isValid());
    QVERIFY(!ran);
}

// The callback form answers once, after jobFinished, and never into a destroyed receiver.
void TestReaderMonitor::stationCallbackOncePerLiveReceiver()
{
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    const auto job = [](PcscCard &, PcscError *) -> QVariant { return 1; };
    QObject alive;
    auto *gone = new QObject;
    int aliveCalls = 0;
    int goneCalls = 0;
    PcscError aliveError = PcscError::None;
    station.submit(job, 5000, {}, &alive, [&](PcscError error, const QVariant &) {
        ++aliveCalls;
        aliveError = error;
    });
    station.submit(job, 5000, {}, gone, [&](PcscError, const QVariant &) { ++goneCalls; });
    delete gone;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SignalTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(aliveCalls, 1);
    QCOMPARE(aliveError, PcscError::NoCard);
    QCOMPARE(goneCalls, 0);
}

void TestReaderMonitor::stationUnknownReader()
{
    PcscStation station;
    station.setReaderPattern(QStringLiteral("ACS ACR122U*"));
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    const quint64 id = station.submit([](PcscCard &, PcscError *) -> QVariant { return 1; }, 5000);
    const quint64 named =
        station.submit([](PcscCard &, PcscError *) -> QVariant { return 1; }, 5000, QStringLiteral("Virtual PCD 00"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SignalTimeoutMs);
    QCOMPARE(argsFor(finished, id).at(1).value<PcscError>(), PcscError::ReaderNotFound);
    QCOMPARE(argsFor(finished, named).at(1).value<PcscError>(), PcscError::ReaderNotFound);
}

void TestReaderMonitor::stationTimeoutIsReportedOnce()
{
    insertCard();
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy inserted(&station, &PcscStation::cardInserted);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);

    QSemaphore lateResultReturned;
    QElapsedTimer timer;
    timer.start();
    const quint64 slow = station.submit(
        [&lateResultReturned](PcscCard &, PcscError *) -> QVariant {
            QThread::msleep(1500);
            lateResultReturned.release();
            return QStringLiteral("late");
        },
        300);
    // Queued behind the slow job: its own deadline passes while it waits.
    const quint64 queued = station.submit([](PcscCard &, PcscError *) -> QVariant { return 2; }, 600);
    QTRY_COMPARE_WITH_TIMEOUT(countFor(finished, slow), 1, SignalTimeoutMs);
    QVERIFY2(timer.elapsed() < 1400, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(argsFor(finished, slow).at(1).value<PcscError>(), PcscError::Timeout);
    QVERIFY(!argsFor(finished, slow).at(2).isValid());

    QVERIFY(lateResultReturned.tryAcquire(1, SignalTimeoutMs));
    // The late result is queued to this thread by now; let it arrive and be dropped.
    const quint64 after = station.submit([](PcscCard &, PcscError *) -> QVariant { return 3; }, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(countFor(finished, after), 1, SignalTimeoutMs);
    QTest::qWait(200);
    QCOMPARE(countFor(finished, slow), 1);
    QCOMPARE(countFor(finished, queued), 1);
    QCOMPARE(argsFor(finished, queued).at(1).value<PcscError>(), PcscError::Timeout);
    QCOMPARE(argsFor(finished, after).at(1).value<PcscError>(), PcscError::None);
    QCOMPARE(argsFor(finished, after).at(2).toInt(), 3);
    QCOMPARE(finished.count(), 3);
}

void TestReaderMonitor::stationNotRunning()
{
    PcscStation station;
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    const quint64 id = station.submit([](PcscCard &, PcscError *) -> QVariant { return 1; }, 1000);
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::NotConnected);
    QTest::qWait(1100); // its timer must not fire a second answer
    QCOMPARE(finished.count(), 1);
}

void TestReaderMonitor::stationStopsQuickly()
{
    insertCard();
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy readers(&station, &PcscStation::readersChanged);
    QSignalSpy inserted(&station, &PcscStation::cardInserted);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    QVERIFY(readers.wait(SignalTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);
    QCOMPARE(station.readers(), readers.at(0).at(0).toStringList());

    // A job in progress and one queued behind it: both answered once, by stop().
    QSemaphore started;
    const quint64 busy = station.submit(
        [&started](PcscCard &, PcscError *) -> QVariant {
            started.release();
            QThread::msleep(400);
            return 1;
        },
        10000);
    const quint64 queued = station.submit([](PcscCard &, PcscError *) -> QVariant { return 2; }, 10000);
    QVERIFY(started.tryAcquire(1, SignalTimeoutMs));
    QElapsedTimer timer;
    timer.start();
    station.stop();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!station.isRunning());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(argsFor(finished, busy).at(1).value<PcscError>(), PcscError::NotConnected);
    QCOMPARE(argsFor(finished, queued).at(1).value<PcscError>(), PcscError::NotConnected);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
}

void TestReaderMonitor::removalDuringJobIsCardRemoved()
{
    insertCard();
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy inserted(&station, &PcscStation::cardInserted);
    QSignalSpy removed(&station, &PcscStation::cardRemoved);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);

    // The job reads the UID, then waits while the test pulls the card, then tries again.
    QSemaphore firstExchangeDone;
    QSemaphore cardPulled;
    station.submit(
        [&](PcscCard &card, PcscError *error) -> QVariant {
            QByteArray answer;
            if ((*error = card.transmit(QByteArray::fromHex("FFCA000000"), &answer)) != PcscError::None)
                return QStringLiteral("first exchange failed");
            firstExchangeDone.release();
            if (!cardPulled.tryAcquire(1, SignalTimeoutMs))
                return QStringLiteral("card not pulled");
            *error = card.transmit(QByteArray::fromHex("FFCA000000"), &answer);
            return answer;
        },
        SignalTimeoutMs * 2);
    QVERIFY(firstExchangeDone.tryAcquire(1, SignalTimeoutMs));
    removeCard();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(removed, Reader) >= 0, SignalTimeoutMs);
    cardPulled.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::CardRemoved);
    QVERIFY(finished.at(0).at(2).toByteArray().isEmpty());
}

void TestReaderMonitor::removalRightBeforeExchange()
{
    insertCard();
    PcscStation station;
    station.setReaderPattern(Reader);
    QSignalSpy inserted(&station, &PcscStation::cardInserted);
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    QTRY_VERIFY_WITH_TIMEOUT(indexFor(inserted, Reader) >= 0, SignalTimeoutMs);

    // Unlike above, the exchange starts before pcscd has noticed the removal: vpcd fails it
    // (SCARD_E_NOT_TRANSACTED) and PcscCard waits, bounded, for pcscd's status to confirm.
    QSemaphore firstExchangeDone;
    QSemaphore cardPulled;
    station.submit(
        [&](PcscCard &card, PcscError *error) -> QVariant {
            QByteArray answer;
            if ((*error = card.transmit(QByteArray::fromHex("FFCA000000"), &answer)) != PcscError::None)
                return QStringLiteral("first exchange failed");
            firstExchangeDone.release();
            if (!cardPulled.tryAcquire(1, SignalTimeoutMs))
                return QStringLiteral("card not pulled");
            *error = card.transmit(QByteArray::fromHex("FFCA000000"), &answer);
            return answer;
        },
        SignalTimeoutMs * 2);
    QVERIFY(firstExchangeDone.tryAcquire(1, SignalTimeoutMs));
    m_vicc.kill();
    QVERIFY(m_vicc.waitForFinished(5000));
    cardPulled.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::CardRemoved);
}

void TestReaderMonitor::monitorWithoutService()
{
    if (!qEnvironmentVariableIsSet("CLUB_TEST_PCSC_NO_SERVICE"))
        QSKIP("runs as tst_readermonitor_noservice (PCSCLITE_CSOCK_NAME at a dead socket)");
    ReaderMonitor monitor;
    QSignalSpy service(&monitor, &ReaderMonitor::serviceStateChanged);
    QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
    monitor.start();
    QVERIFY(service.wait(SignalTimeoutMs));
    QCOMPARE(service.at(0).at(0).value<PcscError>(), PcscError::NoService);
    QTRY_COMPARE_WITH_TIMEOUT(readers.count(), 1, SignalTimeoutMs);
    QVERIFY(readers.at(0).at(0).toStringList().isEmpty());

    // Retrying across more than one retry interval: no repeated reports, and no spinning.
    const std::clock_t cpuBefore = std::clock();
    QTest::qWait(ReaderMonitor::RetryIntervalMs + 700);
    const double cpuMs = 1000.0 * double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    QVERIFY2(cpuMs < 150, qPrintable(QString::number(cpuMs)));
    QCOMPARE(service.count(), 1);
    QCOMPARE(readers.count(), 1);

    QElapsedTimer timer;
    timer.start();
    monitor.stop(); // wakes the retry sleep
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestReaderMonitor::stationWithoutService()
{
    if (!qEnvironmentVariableIsSet("CLUB_TEST_PCSC_NO_SERVICE"))
        QSKIP("runs as tst_readermonitor_noservice (PCSCLITE_CSOCK_NAME at a dead socket)");
    PcscStation station;
    QSignalSpy finished(&station, &PcscStation::jobFinished);
    station.start();
    bool ran = false;
    const quint64 id = station.submit(
        [&ran](PcscCard &, PcscError *) -> QVariant {
            ran = true;
            return 1;
        },
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SignalTimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
    QCOMPARE(finished.at(0).at(1).value<PcscError>(), PcscError::NoService);
    QVERIFY(!ran);
    QVERIFY(station.readers().isEmpty());
    QVERIFY(station.selectedReader().isEmpty());
}

QTEST_GUILESS_MAIN(TestReaderMonitor)
#include "tst_readermonitor.moc"
