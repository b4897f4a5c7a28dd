// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt/EscPos.h"
#include "receipt/Receipt.h"
#include "receipt/ReceiptPrinter.h"
#include "receipt/ReceiptRenderer.h"
#include "TestMain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace Club::Devices;
using Error = ReceiptPrinter::Error;
using Align = Receipt::Align;

namespace {

const QString Family = QStringLiteral("DejaVu Sans");

Receipt persianReceipt()
{
    Receipt receipt(Qt::RightToLeft, Family);
    receipt.addTitle(QStringLiteral("باشگاه مشتریان"))
        .addText(QStringLiteral("فروشگاه نمونه، شعبهٔ مرکزی"), Align::Center)
        .addSeparator()
        .addRow(QStringLiteral("امتیاز کسب\u200Cشده"), QStringLiteral("+۱۲۰"), true)
        .addRow(QStringLiteral("مانده"), QStringLiteral("۱٬۴۵۰"))
        .addRow(QStringLiteral("شمارهٔ کارت"), QStringLiteral("…۴۵۶۷"))
        .addSeparator()
        .addText(QStringLiteral("از خرید شما سپاسگزاریم"), Align::Center, true)
        .addQr("https://club.example/r/6001234567")
        .addText(QStringLiteral("۱۴۰۵/۰۹/۰۲ ۱۷:۴۲"), Align::Trailing)
        .addFeed(1);
    return receipt;
}

// Ink extent of an image: leftmost and rightmost black columns.
QPair<int, int> inkColumns(const QImage &image)
{
    int left = image.width();
    int right = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelIndex(x, y) == 1) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left, right};
}

// PBM P4 → rows of bits; an empty image when the file is not P4.
QImage readPbm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    const QList<QByteArray> header = data.left(64).split('\n');
    if (header.size() < 3 || header.at(0) != "P4")
        return {};
    const QList<QByteArray> size = header.at(1).split(' ');
    const int width = size.at(0).toInt();
    const int height = size.at(1).toInt();
    const qsizetype start = header.at(0).size() + header.at(1).size() + 2;
    const int rowBytes = (width + 7) / 8;
    if (width <= 0 || height <= 0 || data.size() - start != qsizetype(rowBytes) * height)
        return {};
    QImage image(width, height, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const uchar byte = uchar(data.at(start + y * rowBytes + x / 8));
            image.setPixel(x, y, (byte >> (7 - x % 8)) & 1);
        }
    }
    return image;
}

// The first position where two 1-bit images differ, or an empty string when equal.
QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("size %1x%2 vs %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixelIndex(x, y) != b.pixelIndex(x, y))
                return QStringLiteral("pixel %1,%2").arg(x).arg(y);
        }
    }
    return {};
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void renderPersian_data();
    void renderPersian();
    void alignment_data();
    void alignment();
    void rowSides_data();
    void rowSides();
    void valueKeepsItsDirection();
    void qrTooLong();

    void serialRoundTrip();
    void fileRoundTrip();
    void serialStallTimesOut();
    void fifoStallTimesOut();
    void cancelStalledJob();
    void busy();
    void openFailures_data();
    void openFailures();

private:
    bool startSink(const QString &input, const QStringList &extra);
    bool startSerialSink(const QStringList &extra);
    bool waitSinkDone();
    QJsonObject sinkSummary() const;
    QByteArray largeJob() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QProcess> m_sink;
};

void TestReceipt::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY2(QFontDatabase::families().contains(Family), "DejaVu Sans is needed for Persian text");
}

void TestReceipt::cleanup()
{
    for (auto *process : {m_sink.get(), m_socat.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    m_sink.reset();
    m_socat.reset();
    m_dir.reset();
}

void TestReceipt::renderPersian_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("80 mm") << ReceiptRenderer::Width80mm;
    QTest::newRow("58 mm") << ReceiptRenderer::Width58mm;
}

void TestReceipt::renderPersian()
{
    QFETCH(int, width);
    const auto image = ReceiptRenderer(width).render(persianReceipt());
    QVERIFY(image);
    QCOMPARE(image->width(), width);
    QCOMPARE(image->format(), QImage::Format_Mono);
    QVERIFY(image->height() > 400);
    QCOMPARE(image->dotsPerMeterX(), qRound(203 / 0.0254));
    const auto [left, right] = inkColumns(*image);
    QVERIFY(left >= 8);
    QVERIFY(right <= width - 8);
    // Nothing painted into the bottom margin: the height fits the content.
    for (int y = image->height() - 8; y < image->height(); ++y) {
        for (int x = 0; x < width; ++x)
            QCOMPARE(image->pixelIndex(x, y), 0);
    }
    const QString outDir = qEnvironmentVariable("CLUB_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/receipts");
    QVERIFY(QDir().mkpath(outDir));
    QVERIFY(image->save(outDir + QStringLiteral("/persian-%1.png").arg(width)));
}

void TestReceipt::alignment_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<Align>("align");
    QTest::addColumn<QString>("side"); // where the ink must be: left, right, center
    QTest::newRow("rtl leading") << Qt::RightToLeft << Align::Leading << QStringLiteral("right");
    QTest::newRow("rtl trailing") << Qt::RightToLeft << Align::Trailing << QStringLiteral("left");
    QTest::newRow("rtl center") << Qt::RightToLeft << Align::Center << QStringLiteral("center");
    QTest::newRow("ltr leading") << Qt::LeftToRight << Align::Leading << QStringLiteral("left");
    QTest::newRow("ltr trailing") << Qt::LeftToRight << Align::Trailing << QStringLiteral("right");
    QTest::newRow("ltr center") << Qt::LeftToRight << Align::Center << QStringLiteral("center");
}

void TestReceipt::alignment()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(Align, align);
    QFETCH(QString, side);
    Receipt receipt(direction, Family);
    receipt.addText(direction == Qt::RightToLeft ? QStringLiteral("مانده") : QStringLiteral("Balance"), align);
    ReceiptRenderer renderer(576);
    renderer.setMargin(10);
    const auto image = renderer.render(receipt);
    QVERIFY(image);
    const auto [left, right] = inkColumns(*image);
    QVERIFY(right > left);
    if (side == QLatin1String("left")) {
        QVERIFY2(left >= 10 && left <= 14, qPrintable(QString::number(left)));
        QVERIFY(right < 288);
    } else if (side == QLatin1String("right")) {
        QVERIFY2(right <= 565 && right >= 560, qPrintable(QString::number(right)));
        QVERIFY(left > 288);
    } else {
        QVERIFY2(qAbs((left + right) / 2 - 288) <= 3, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
    }
}

void TestReceipt::rowSides_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestReceipt::rowSides()
{
    // The label at the leading side, the value at the trailing side: render each alone
    // (the other empty) and see where its ink lands.
    QFETCH(Qt::LayoutDirection, direction);
    const bool rtl = direction == Qt::RightToLeft;
    ReceiptRenderer renderer(384);
    Receipt labelOnly(direction, Family);
    labelOnly.addRow(QStringLiteral("مانده"), {});
    Receipt valueOnly(direction, Family);
    valueOnly.addRow({}, QStringLiteral("+۱۲۰"));
    const auto label = inkColumns(*renderer.render(labelOnly));
    const auto value = inkColumns(*renderer.render(valueOnly));
    if (rtl) {
        QVERIFY2(label.first > 192 && label.second >= 370, qPrintable(QString::number(label.second)));
        QVERIFY2(value.second < 192 && value.first <= 14, qPrintable(QString::number(value.first)));
    } else {
        QVERIFY(label.second < 192 && label.first <= 14);
        QVERIFY(value.first > 192 && value.second >= 370);
    }
}

void TestReceipt::valueKeepsItsDirection()
{
    // "+۱۲۰" must look the same on an RTL and an LTR receipt (sign at the left of the digits).
    const auto valueInk = [](Qt::LayoutDirection direction) {
        Receipt receipt(direction, Family);
        receipt.addRow({}, QStringLiteral("+۱۲۰"));
        const QImage image = *ReceiptRenderer(384).render(receipt);
        const auto [left, right] = inkColumns(image);
        return image.copy(left, 0, right - left + 1, image.height());
    };
    const QImage rtl = valueInk(Qt::RightToLeft);
    const QImage ltr = valueInk(Qt::LeftToRight);
    QVERIFY(rtl.width() > 10);
    const QString difference = firstDifference(rtl, ltr);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestReceipt::qrTooLong()
{
    Receipt receipt(Qt::LeftToRight, Family);
    receipt.addQr(QByteArray(8000, 'x'));
    QVERIFY(!ReceiptRenderer().render(receipt));
    QVERIFY(!ReceiptRenderer::encodeQr({}));
    const auto small = ReceiptRenderer::encodeQr("club");
    QVERIFY(small);
    QCOMPARE(small->side, 21); // version 1
    // The three finder patterns have dark corners; inside each, a light ring.
    QVERIFY(small->dark(0, 0));
    QVERIFY(small->dark(20, 0));
    QVERIFY(small->dark(0, 20));
    QVERIFY(!small->dark(1, 1));
    QVERIFY(small->dark(3, 3));
}

bool TestReceipt::startSink(const QString &input, const QStringList &extra)
{
    m_sink = std::make_unique<QProcess>();
    m_sink->setProcessChannelMode(QProcess::SeparateChannels);
    m_sink->setReadChannel(QProcess::StandardOutput);
    m_sink->start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral(CLUB_ESCPOS_SINK), QStringLiteral("--input"), input,
                              QStringLiteral("--pbm"), m_dir->filePath(QStringLiteral("out.pbm")),
                              QStringLiteral("--json"), m_dir->filePath(QStringLiteral("out.json"))}
                      + extra);
    if (!m_sink->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!m_sink->canReadLine() && timer.elapsed() < 10000 && m_sink->state() == QProcess::Running)
        m_sink->waitForReadyRead(200);
    return m_sink->canReadLine() && m_sink->readLine().trimmed() == "ready";
}

bool TestReceipt::startSerialSink(const QStringList &extra)
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
    return startSink(dev, extra);
}

bool TestReceipt::waitSinkDone()
{
    if (!m_sink->waitForFinished(15000))
        return false;
    return m_sink->exitStatus() == QProcess::NormalExit && m_sink->exitCode() == 0;
}

QJsonObject TestReceipt::sinkSummary() const
{
    QFile file(m_dir->filePath(QStringLiteral("out.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray TestReceipt::largeJob() const
{
    // ~700 KB: far more than the pty, socat and pipe buffers hold together.
    QImage tall(576, 10000, QImage::Format_Mono);
    tall.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    tall.fill(1);
    return EscPos::receiptJob(tall);
}

void TestReceipt::serialRoundTrip()
{
    const auto image = ReceiptRenderer(576).render(persianReceipt());
    QVERIFY(image);
    QVERIFY(startSerialSink({}));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::serial(m_dir->filePath(QStringLiteral("ttyApp")), 115200));
    printer.setChunkTimeout(3000);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(EscPos::receiptJob(*image, 4, EscPos::Cut::Partial));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::None);
    QVERIFY(waitSinkDone());
    const QJsonObject summary = sinkSummary();
    QVERIFY(summary.value(QStringLiteral("error")).isNull());
    QVERIFY(summary.value(QStringLiteral("cut")).toBool());
    QCOMPARE(summary.value(QStringLiteral("cutKind")).toString(), QStringLiteral("partial"));
    QCOMPARE(summary.value(QStringLiteral("width")).toInt(), 576);
    QCOMPARE(summary.value(QStringLiteral("height")).toInt(), image->height());
    QCOMPARE(summary.value(QStringLiteral("feedLines")).toInt(), 4);
    const QImage printed = readPbm(m_dir->filePath(QStringLiteral("out.pbm")));
    QVERIFY(!printed.isNull());
    const QString difference = firstDifference(printed, *image);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestReceipt::fileRoundTrip()
{
    const auto image = ReceiptRenderer(384).render(persianReceipt());
    QVERIFY(image);
    m_dir = std::make_unique<QTemporaryDir>();
    const QString spool = m_dir->filePath(QStringLiteral("spool.bin"));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::file(spool));
    printer.setChunkSize(500);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    QByteArray job = EscPos::receiptJob(*image, 2, EscPos::Cut::Full);
    printer.print(job);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::None);
    QFile written(spool);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), job);

    QVERIFY(startSink(spool, {}));
    QVERIFY(waitSinkDone());
    const QJsonObject summary = sinkSummary();
    QVERIFY(summary.value(QStringLiteral("cut")).toBool());
    QCOMPARE(summary.value(QStringLiteral("cutKind")).toString(), QStringLiteral("full"));
    const QImage printed = readPbm(m_dir->filePath(QStringLiteral("out.pbm")));
    const QString difference = firstDifference(printed, *image);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestReceipt::serialStallTimesOut()
{
    QVERIFY(startSerialSink({QStringLiteral("--stall-after"), QStringLiteral("2000")}));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::serial(m_dir->filePath(QStringLiteral("ttyApp")), 115200));
    printer.setChunkSize(1024);
    printer.setChunkTimeout(500);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    QElapsedTimer timer;
    timer.start();
    printer.print(largeJob());
    QVERIFY(printer.isBusy());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::Timeout);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!printer.isBusy());
}

void TestReceipt::fifoStallTimesOut()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString fifo = m_dir->filePath(QStringLiteral("lp0"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(startSink(fifo, {QStringLiteral("--stall-after"), QStringLiteral("2000")}));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::file(fifo));
    printer.setChunkTimeout(500);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    QElapsedTimer timer;
    timer.start();
    printer.print(largeJob());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::Timeout);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestReceipt::cancelStalledJob()
{
    QVERIFY(startSerialSink({QStringLiteral("--stall-after"), QStringLiteral("0")}));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::serial(m_dir->filePath(QStringLiteral("ttyApp")), 115200));
    printer.setChunkTimeout(30000);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(largeJob());
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QElapsedTimer timer;
    timer.start();
    printer.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::Cancelled);
    QVERIFY(timer.elapsed() < 2000);
}

void TestReceipt::busy()
{
    QVERIFY(startSerialSink({QStringLiteral("--stall-after"), QStringLiteral("0")}));
    ReceiptPrinter printer;
    printer.setDestination(ReceiptPrinter::Destination::serial(m_dir->filePath(QStringLiteral("ttyApp")), 115200));
    printer.setChunkTimeout(1000);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(largeJob());
    printer.print(EscPos::init());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::Busy);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(finished.at(1).at(0).value<Error>(), Error::Timeout);
}

void TestReceipt::openFailures_data()
{
    QTest::addColumn<bool>("serial");
    QTest::newRow("serial") << true;
    QTest::newRow("file") << false;
}

void TestReceipt::openFailures()
{
    QFETCH(bool, serial);
    m_dir = std::make_unique<QTemporaryDir>();
    const QString missing = m_dir->filePath(QStringLiteral("no-such-dir/ttyPrinter"));
    ReceiptPrinter printer;
    printer.setDestination(serial ? ReceiptPrinter::Destination::serial(missing)
                                  : ReceiptPrinter::Destination::file(missing));
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(EscPos::init());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<Error>(), Error::OpenFailed);
}

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
