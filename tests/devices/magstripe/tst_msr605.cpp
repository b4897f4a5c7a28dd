// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hex.h"
#include "magstripe/Msr605Encoder.h"
#include "magstripe/Msr605Protocol.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Club::Devices;
using ErrorKind = Msr605Encoder::ErrorKind;
using TrackCodec::IsoReadStatus;
using Expect = Msr605Protocol::ReplyParser::Expect;
using Kind = Msr605Reply::Kind;

Q_DECLARE_METATYPE(Club::Devices::Msr605Protocol::ReplyParser::Expect)
Q_DECLARE_METATYPE(Club::Devices::Msr605Reply::Kind)
Q_DECLARE_METATYPE(Club::Devices::Msr605Status)
Q_DECLARE_METATYPE(Club::Devices::TrackCodec::IsoReadStatus)

namespace {

QByteArray hex(const char *text)
{
    return Hex::parse(QLatin1String(text)).value();
}

} // namespace

class TestMsr605 : public QObject
{
    Q_OBJECT

private slots:
    void frames_data();
    void frames();
    void parser_data();
    void parser();

    void cleanup();
    void handshake();
    void coercivity_data();
    void coercivity();
    void writeThenRead();
    void erase();
    void statusFaults_data();
    void statusFaults();
    void trackMarkers();
    void silentDeviceTimesOut();
    void swipeTimeout();
    void cancelLeavesSwipeWait();
    void splitReplies();
    void guards();
    void workerThread();

private:
    bool startDevice(const QStringList &simArgs);
    bool openEncoder(int commandTimeout = 2000);
    std::optional<Msr605Tracks> readCard();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QProcess> m_sim;
    std::unique_ptr<Msr605Encoder> m_encoder;
};

void TestMsr605::frames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("reset") << Msr605Protocol::reset() << hex("1B 61");
    QTest::newRow("test") << Msr605Protocol::communicationTest() << hex("1B 65");
    QTest::newRow("read") << Msr605Protocol::readIso() << hex("1B 72");
    QTest::newRow("hico") << Msr605Protocol::setHiCo() << hex("1B 78");
    QTest::newRow("loco") << Msr605Protocol::setLoCo() << hex("1B 79");
    QTest::newRow("coercivity") << Msr605Protocol::getCoercivity() << hex("1B 64");
    QTest::newRow("model") << Msr605Protocol::model() << hex("1B 74");
    QTest::newRow("firmware") << Msr605Protocol::firmware() << hex("1B 76");
    // The manual's example.
    QTest::newRow("write")
        << Msr605Protocol::writeIso("ABC123", "12345", "12345").value()
        << hex("1B 77 1B 73 1B 01 41 42 43 31 32 33 1B 02 31 32 33 34 35 1B 03 31 32 33 34 35 3F 1C");
    QTest::newRow("write empty tracks") << Msr605Protocol::writeIso({}, "1", {}).value()
                                        << hex("1B 77 1B 73 1B 01 1B 02 31 1B 03 3F 1C");
    QTest::newRow("erase t1") << Msr605Protocol::erase(true, false, false).value() << hex("1B 63 00");
    QTest::newRow("erase t2") << Msr605Protocol::erase(false, true, false).value() << hex("1B 63 02");
    QTest::newRow("erase t3") << Msr605Protocol::erase(false, false, true).value() << hex("1B 63 04");
    QTest::newRow("erase t12") << Msr605Protocol::erase(true, true, false).value() << hex("1B 63 03");
    QTest::newRow("erase t13") << Msr605Protocol::erase(true, false, true).value() << hex("1B 63 05");
    QTest::newRow("erase t23") << Msr605Protocol::erase(false, true, true).value() << hex("1B 63 06");
    QTest::newRow("erase all") << Msr605Protocol::erase(true, true, true).value() << hex("1B 63 07");
}

void TestMsr605::frames()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, expected);
    QCOMPARE(Hex::spaced(frame), Hex::spaced(expected));
}

void TestMsr605::parser_data()
{
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Msr605Status>("status");
    QTest::addColumn<IsoReadStatus>("t1");
    QTest::addColumn<QByteArray>("t1Text");
    QTest::addColumn<IsoReadStatus>("t2");
    QTest::addColumn<QByteArray>("t2Text");
    QTest::addColumn<IsoReadStatus>("t3");

    const auto ok = IsoReadStatus::Ok;
    const auto empty = IsoReadStatus::Empty;
    const QByteArray manualRead = hex("1B 73 1B 01 25 30 31 3F 1B 02 3B 32 33 3F 1B 03 3B 34 35 3F 3F 1C 1B 30");
    for (int chunk : {64, 1, 3}) {
        const QByteArray suffix = " chunk " + QByteArray::number(chunk);
        QTest::newRow(QByteArray("status ok" + suffix).constData())
            << Expect::Status << hex("1B 30") << chunk << Kind::Status << Msr605Status::Ok << empty << QByteArray()
            << empty << QByteArray() << empty;
        QTest::newRow(QByteArray("manual read" + suffix).constData())
            << Expect::IsoRead << manualRead << chunk << Kind::IsoRead << Msr605Status::Ok << ok << QByteArray("01")
            << ok << QByteArray("23") << ok;
    }
    const auto row = [&](const char *name, Expect expect, const char *bytes, Kind kind, Msr605Status status) {
        QTest::newRow(name) << expect << hex(bytes) << 64 << kind << status << empty << QByteArray() << empty
                            << QByteArray() << empty;
    };
    row("rw error", Expect::Status, "1B 31", Kind::Status, Msr605Status::ReadWriteError);
    row("format error", Expect::Status, "1B 32", Kind::Status, Msr605Status::CommandFormatError);
    row("invalid command", Expect::Status, "1B 34", Kind::Status, Msr605Status::InvalidCommand);
    row("bad swipe", Expect::Status, "1B 39", Kind::Status, Msr605Status::BadSwipe);
    row("setting failed", Expect::Status, "1B 41", Kind::Status, Msr605Status::SettingFailed);
    row("unknown status", Expect::Status, "1B 55", Kind::Status, Msr605Status::Unknown);
    row("noise before status", Expect::Status, "00 FF 1B 30", Kind::Status, Msr605Status::Ok);
    row("read fails bare", Expect::IsoRead, "1B 31", Kind::Status, Msr605Status::ReadWriteError);
    row("all tracks empty", Expect::IsoRead, "1B 73 1B 01 1B 02 1B 03 3F 1C 1B 30", Kind::IsoRead, Msr605Status::Ok);
    row("plus tracks", Expect::IsoRead, "1B 73 1B 01 2B 1B 02 2B 1B 03 2B 3F 1C 1B 30", Kind::IsoRead,
        Msr605Status::Ok);
    row("comm test", Expect::CommunicationTest, "1B 79", Kind::CommunicationOk, Msr605Status::Unknown);
    row("comm test wrong", Expect::CommunicationTest, "1B 30", Kind::Malformed, Msr605Status::Unknown);
    row("coercivity H", Expect::Coercivity, "1B 48", Kind::Coercivity, Msr605Status::Unknown);
    row("coercivity h", Expect::Coercivity, "1B 68", Kind::Coercivity, Msr605Status::Unknown);
    row("coercivity L", Expect::Coercivity, "1B 4C", Kind::Coercivity, Msr605Status::Unknown);
    row("coercivity l", Expect::Coercivity, "1B 6C", Kind::Coercivity, Msr605Status::Unknown);
    row("coercivity junk", Expect::Coercivity, "1B 30", Kind::Malformed, Msr605Status::Unknown);
    row("bad framing", Expect::IsoRead, "1B 73 1B 02 1B 01 1B 03 3F 1C 1B 30", Kind::Malformed, Msr605Status::Unknown);
    row("model", Expect::Model, "1B 33 53", Kind::Text, Msr605Status::Unknown);
    row("firmware", Expect::Firmware, "1B 52 45 56 3F 31 2E 30 30", Kind::Text, Msr605Status::Unknown);

    QTest::newRow("error and empty tracks")
        << Expect::IsoRead << hex("1B 73 1B 01 2A 1B 02 3B 39 39 3F 1B 03 2B 3F 1C 1B 30") << 2 << Kind::IsoRead
        << Msr605Status::Ok << IsoReadStatus::ReadError << QByteArray() << ok << QByteArray("99") << empty;
}

void TestMsr605::parser()
{
    QFETCH(Expect, expect);
    QFETCH(QByteArray, bytes);
    QFETCH(int, chunk);
    QFETCH(Kind, kind);
    QFETCH(Msr605Status, status);

    Msr605Protocol::ReplyParser parser;
    parser.expect(expect);
    std::optional<Msr605Reply> reply;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        QVERIFY2(!reply, "reply complete before its last byte");
        reply = parser.feed(bytes.mid(i, chunk));
    }
    QVERIFY(reply);
    QCOMPARE(reply->kind, kind);
    if (kind == Kind::Status || kind == Kind::IsoRead)
        QCOMPARE(reply->status, status);
    if (kind == Kind::Coercivity) {
        const bool high = bytes.back() == 'H' || bytes.back() == 'h';
        QCOMPARE(reply->coercivity, high ? Msr605Coercivity::High : Msr605Coercivity::Low);
    }
    if (kind == Kind::IsoRead) {
        QFETCH(IsoReadStatus, t1);
        QFETCH(QByteArray, t1Text);
        QFETCH(IsoReadStatus, t2);
        QFETCH(QByteArray, t2Text);
        QFETCH(IsoReadStatus, t3);
        QCOMPARE(reply->tracks.track1.status, t1);
        QCOMPARE(reply->tracks.track1.text, t1Text);
        QCOMPARE(reply->tracks.track2.status, t2);
        QCOMPARE(reply->tracks.track2.text, t2Text);
        QCOMPARE(reply->tracks.track3.status, t3);
    }
    QCOMPARE(parser.buffered(), 0);
}

bool TestMsr605::startDevice(const QStringList &simArgs)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    const QString app = m_dir->filePath(QStringLiteral("ttyApp"));
    const QString dev = m_dir->filePath(QStringLiteral("ttyDev"));
    m_socat = std::make_unique<QProcess>();
    m_socat->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat->start(QStringLiteral("socat"),
                   {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + app,
                    QStringLiteral("pty,raw,echo=0,link=") + dev});
    if (!m_socat->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!(QFileInfo::exists(app) && QFileInfo::exists(dev)) && timer.elapsed() < 5000)
        QTest::qWait(20);
    if (!QFileInfo::exists(app) || !QFileInfo::exists(dev))
        return false;

    m_sim = std::make_unique<QProcess>();
    m_sim->setProcessChannelMode(QProcess::SeparateChannels);
    m_sim->setReadChannel(QProcess::StandardOutput);
    m_sim->start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(CLUB_MSR605_SIM), QStringLiteral("--port"), dev} + simArgs);
    if (!m_sim->waitForStarted(5000))
        return false;
    // The simulator prints "ready" once it has the pty open.
    while (!m_sim->canReadLine() && timer.elapsed() < 10000 && m_sim->state() == QProcess::Running)
        m_sim->waitForReadyRead(200);
    return m_sim->canReadLine() && m_sim->readLine().trimmed() == "ready";
}

bool TestMsr605::openEncoder(int commandTimeout)
{
    m_encoder = std::make_unique<Msr605Encoder>();
    m_encoder->setCommandTimeout(commandTimeout);
    m_encoder->setSwipeTimeout(5000);
    QSignalSpy opened(m_encoder.get(), &Msr605Encoder::opened);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    m_encoder->open(m_dir->filePath(QStringLiteral("ttyApp")));
    if (opened.isEmpty() && failed.isEmpty())
        opened.wait(5000);
    return opened.size() == 1 && failed.isEmpty();
}

std::optional<Msr605Tracks> TestMsr605::readCard()
{
    QSignalSpy read(m_encoder.get(), &Msr605Encoder::read);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    m_encoder->readIso();
    read.wait(6000);
    if (read.size() != 1 || !failed.isEmpty())
        return std::nullopt;
    return read.at(0).at(0).value<Msr605Tracks>();
}

void TestMsr605::cleanup()
{
    m_encoder.reset();
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

void TestMsr605::handshake()
{
    QVERIFY(startDevice({}));
    QVERIFY(openEncoder());
    QVERIFY(m_encoder->isOpen());
    QVERIFY(!m_encoder->isBusy());
}

void TestMsr605::coercivity_data()
{
    QTest::addColumn<QStringList>("simArgs");
    QTest::addColumn<bool>("lowCo");
    QTest::addColumn<bool>("opens");
    QTest::newRow("hi-co") << QStringList{} << false << true;
    QTest::newRow("lo-co") << QStringList{} << true << true;
    QTest::newRow("lo-co answered in lower case")
        << QStringList{QStringLiteral("--coercivity-byte"), QStringLiteral("6C")} << true << true;
    // A device that stays at Hi-Co whatever it is told: writing would make unreadable cards.
    QTest::newRow("setting ignored") << QStringList{QStringLiteral("--coercivity-byte"), QStringLiteral("48")} << true
                                     << false;
}

void TestMsr605::coercivity()
{
    QFETCH(QStringList, simArgs);
    QFETCH(bool, lowCo);
    QFETCH(bool, opens);
    QVERIFY(startDevice(simArgs));
    m_encoder = std::make_unique<Msr605Encoder>();
    m_encoder->setCoercivity(lowCo ? Msr605Coercivity::Low : Msr605Coercivity::High);
    QSignalSpy opened(m_encoder.get(), &Msr605Encoder::opened);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    m_encoder->open(m_dir->filePath(QStringLiteral("ttyApp")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 5000);
    QCOMPARE(opened.size(), opens ? 1 : 0);
    if (!opens)
        QCOMPARE(failed.at(0).at(0).value<Msr605Encoder::ErrorKind>(), Msr605Encoder::ErrorKind::SettingFailed);
}

void TestMsr605::writeThenRead()
{
    QVERIFY(startDevice({}));
    QVERIFY(openEncoder());
    const QByteArray track1 =
        TrackCodec::loyaltyTrack1('L', "6001234567", QStringLiteral("Dana Levi"), "2812", '1', "0AZ9QX").value();
    const QByteArray track2 = TrackCodec::loyaltyTrack2("6001234567", "2812", '1', "12345678").value();

    QSignalSpy written(m_encoder.get(), &Msr605Encoder::written);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    m_encoder->writeIso(track1, track2, {});
    QVERIFY(written.wait(6000));
    QVERIFY(failed.isEmpty());

    const auto tracks = readCard();
    QVERIFY(tracks);
    QCOMPARE(tracks->track1.status, IsoReadStatus::Ok);
    QCOMPARE(tracks->track1.text, track1);
    QCOMPARE(tracks->track2.status, IsoReadStatus::Ok);
    QCOMPARE(tracks->track2.text, track2);
    QCOMPARE(tracks->track3.status, IsoReadStatus::Empty);
}

void TestMsr605::erase()
{
    QVERIFY(startDevice(
        {QStringLiteral("--initial"), QStringLiteral("1=AB"), QStringLiteral("--initial"), QStringLiteral("2=1234")}));
    QVERIFY(openEncoder());
    QSignalSpy erased(m_encoder.get(), &Msr605Encoder::erased);
    m_encoder->erase(false, true, false);
    QVERIFY(erased.wait(6000));
    const auto tracks = readCard();
    QVERIFY(tracks);
    QCOMPARE(tracks->track1.status, IsoReadStatus::Ok);
    QCOMPARE(tracks->track1.text, QByteArray("AB"));
    QCOMPARE(tracks->track2.status, IsoReadStatus::Empty);
}

void TestMsr605::statusFaults_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<ErrorKind>("error");
    QTest::newRow("31") << QStringLiteral("31") << ErrorKind::ReadWriteError;
    QTest::newRow("32") << QStringLiteral("32") << ErrorKind::CommandFormatError;
    QTest::newRow("34") << QStringLiteral("34") << ErrorKind::InvalidCommand;
    QTest::newRow("39") << QStringLiteral("39") << ErrorKind::BadSwipe;
    QTest::newRow("41") << QStringLiteral("41") << ErrorKind::SettingFailed;
}

void TestMsr605::statusFaults()
{
    QFETCH(QString, status);
    QFETCH(ErrorKind, error);
    QVERIFY(startDevice({QStringLiteral("--status"), status}));
    QVERIFY(openEncoder());
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);

    m_encoder->writeIso({}, "123", {});
    QVERIFY(failed.wait(6000));
    QCOMPARE(failed.at(0).at(0).value<ErrorKind>(), error);

    m_encoder->readIso();
    QVERIFY(failed.wait(6000));
    QCOMPARE(failed.at(1).at(0).value<ErrorKind>(), error);

    m_encoder->erase(true, true, true);
    QVERIFY(failed.wait(6000));
    QCOMPARE(failed.at(2).at(0).value<ErrorKind>(), error);
}

void TestMsr605::trackMarkers()
{
    QVERIFY(startDevice({QStringLiteral("--track"), QStringLiteral("1=*"), QStringLiteral("--track"),
                         QStringLiteral("3=+"), QStringLiteral("--initial"), QStringLiteral("2=55")}));
    QVERIFY(openEncoder());
    const auto tracks = readCard();
    QVERIFY(tracks);
    QCOMPARE(tracks->track1.status, IsoReadStatus::ReadError);
    QCOMPARE(tracks->track2.status, IsoReadStatus::Ok);
    QCOMPARE(tracks->track2.text, QByteArray("55"));
    QCOMPARE(tracks->track3.status, IsoReadStatus::Empty);
}

void TestMsr605::silentDeviceTimesOut()
{
    QVERIFY(startDevice({QStringLiteral("--silent")}));
    m_encoder = std::make_unique<Msr605Encoder>();
    m_encoder->setCommandTimeout(1000);
    QSignalSpy opened(m_encoder.get(), &Msr605Encoder::opened);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    QElapsedTimer timer;
    timer.start();
    m_encoder->open(m_dir->filePath(QStringLiteral("ttyApp")));
    QVERIFY(failed.wait(3000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(failed.at(0).at(0).value<ErrorKind>(), ErrorKind::Timeout);
    QVERIFY(opened.isEmpty());
    QVERIFY(!m_encoder->isBusy());
}

void TestMsr605::swipeTimeout()
{
    QVERIFY(startDevice({QStringLiteral("--swipe-ms"), QStringLiteral("100000")}));
    QVERIFY(openEncoder());
    m_encoder->setSwipeTimeout(1000);
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    QElapsedTimer timer;
    timer.start();
    m_encoder->readIso();
    QVERIFY(failed.wait(3000));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(failed.at(0).at(0).value<ErrorKind>(), ErrorKind::Timeout);
    QVERIFY(!m_encoder->isBusy());
}

void TestMsr605::cancelLeavesSwipeWait()
{
    QVERIFY(startDevice({QStringLiteral("--swipe-ms"), QStringLiteral("300")}));
    QVERIFY(openEncoder());
    QSignalSpy failed(m_encoder.get(), &Msr605Encoder::failed);
    QSignalSpy written(m_encoder.get(), &Msr605Encoder::written);
    m_encoder->writeIso({}, "999", {});
    m_encoder->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ErrorKind>(), ErrorKind::Cancelled);
    // The device dropped the write: nothing arrives when the swipe would have happened.
    QTest::qWait(600);
    QVERIFY(written.isEmpty());
    const auto tracks = readCard();
    QVERIFY(tracks);
    QCOMPARE(tracks->track2.status, IsoReadStatus::Empty);
}

void TestMsr605::splitReplies()
{
    QVERIFY(startDevice({QStringLiteral("--split"), QStringLiteral("--initial"), QStringLiteral("1=CLUB^TEST"),
                         QStringLiteral("--initial"), QStringLiteral("2=6001234567=28121")}));
    QVERIFY(openEncoder());
    const auto tracks = readCard();
    QVERIFY(tracks);
    QCOMPARE(tracks->track1.text, QByteArray("CLUB^TEST"));
    QCOMPARE(tracks->track2.text, QByteArray("6001234567=28121"));
    QCOMPARE(tracks->track3.status, IsoReadStatus::Empty);
}

void TestMsr605::guards()
{
    Msr605Encoder encoder;
    QSignalSpy failed(&encoder, &Msr605Encoder::failed);
    encoder.readIso();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ErrorKind>(), ErrorKind::NotOpen);
    encoder.open(QStringLiteral("/nonexistent/ttyMsr"));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<ErrorKind>(), ErrorKind::OpenFailed);

    QVERIFY(startDevice({QStringLiteral("--swipe-ms"), QStringLiteral("100000")}));
    QVERIFY(openEncoder());
    QSignalSpy failedOpen(m_encoder.get(), &Msr605Encoder::failed);
    m_encoder->writeIso("%", {}, {}); // a sentinel inside the data
    m_encoder->erase(false, false, false);
    m_encoder->readIso(); // waits for a swipe that does not come
    m_encoder->writeIso({}, "1234", {});
    QCOMPARE(failedOpen.size(), 3);
    QCOMPARE(failedOpen.at(0).at(0).value<ErrorKind>(), ErrorKind::InvalidData);
    QCOMPARE(failedOpen.at(1).at(0).value<ErrorKind>(), ErrorKind::InvalidData);
    QCOMPARE(failedOpen.at(2).at(0).value<ErrorKind>(), ErrorKind::Busy);
}

void TestMsr605::workerThread()
{
    QVERIFY(startDevice({QStringLiteral("--initial"), QStringLiteral("2=4242")}));
    QThread worker;
    auto *encoder = new Msr605Encoder;
    encoder->moveToThread(&worker);
    connect(&worker, &QThread::finished, encoder, &QObject::deleteLater);
    worker.start();

    // Queued across threads: the spies record in this thread while the encoder works in its own.
    QSignalSpy opened(encoder, &Msr605Encoder::opened);
    QSignalSpy read(encoder, &Msr605Encoder::read);
    QSignalSpy failed(encoder, &Msr605Encoder::failed);
    const QString port = m_dir->filePath(QStringLiteral("ttyApp"));
    QMetaObject::invokeMethod(encoder, [encoder, port] { encoder->open(port); });
    QVERIFY(opened.wait(5000));
    QMetaObject::invokeMethod(encoder, [encoder] { encoder->readIso(); });
    QVERIFY(read.wait(6000));
    QVERIFY(failed.isEmpty());
    const auto tracks = read.at(0).at(0).value<Msr605Tracks>();
    QCOMPARE(tracks.track2.text, QByteArray("4242"));

    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestMsr605)
#include "tst_msr605.moc"
