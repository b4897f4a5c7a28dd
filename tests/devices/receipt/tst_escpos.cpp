// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hex.h"
#include "receipt/EscPos.h"
#include "TestMain.h"

#include <QImage>
#include <QTest>

using namespace Club::Devices;

namespace {

QByteArray hex(const char *text)
{
    return Hex::parse(QLatin1String(text)).value();
}

// Rows of '#' (black) and '.' (white), separated by '|'.
QImage picture(const char *rows)
{
    const QList<QByteArray> lines = QByteArray(rows).split('|');
    QImage image(int(lines.first().size()), int(lines.size()), QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < lines.size(); ++y) {
        for (int x = 0; x < lines.at(y).size(); ++x) {
            if (lines.at(y).at(x) == '#')
                image.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    return image;
}

} // namespace

class TestEscPos : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void raster_data();
    void raster();
    void greyThreshold();
    void monoImage();
    void job();
};

void TestEscPos::commands_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("init") << EscPos::init() << hex("1B 40");
    QTest::newRow("feed 0") << EscPos::feed(0) << hex("1B 64 00");
    QTest::newRow("feed 4") << EscPos::feed(4) << hex("1B 64 04");
    QTest::newRow("feed clamps high") << EscPos::feed(300) << hex("1B 64 FF");
    QTest::newRow("feed clamps negative") << EscPos::feed(-1) << hex("1B 64 00");
    QTest::newRow("cut full") << EscPos::cut(EscPos::Cut::Full) << hex("1D 56 00");
    QTest::newRow("cut partial") << EscPos::cut(EscPos::Cut::Partial) << hex("1D 56 01");
    QTest::newRow("drawer pin 2") << EscPos::drawerPulse(0, 25, 250) << hex("1B 70 00 19 FA");
    QTest::newRow("drawer pin 5") << EscPos::drawerPulse(1, 50, 50) << hex("1B 70 01 32 32");
    QTest::newRow("status") << EscPos::statusRequest() << hex("10 04 01");
}

void TestEscPos::commands()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QCOMPARE(Hex::spaced(bytes), Hex::spaced(expected));
}

void TestEscPos::raster_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<int>("bandRows");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one black pixel") << picture("#") << 255 << hex("1D 76 30 00 01 00 01 00 80");
    QTest::newRow("one white pixel") << picture(".") << 255 << hex("1D 76 30 00 01 00 01 00 00");
    QTest::newRow("msb is leftmost") << picture("#.......") << 255 << hex("1D 76 30 00 01 00 01 00 80");
    QTest::newRow("lsb is 8th") << picture(".......#") << 255 << hex("1D 76 30 00 01 00 01 00 01");
    QTest::newRow("pattern") << picture("#.#.##..") << 255 << hex("1D 76 30 00 01 00 01 00 AC");
    // 9 pixels wide: two bytes per row, the padding is white.
    QTest::newRow("padded width") << picture("#########|........#") << 255
                                  << hex("1D 76 30 00 02 00 02 00 FF 80 00 80");
    QTest::newRow("two rows") << picture("#.......|.#......") << 255 << hex("1D 76 30 00 01 00 02 00 80 40");
    QTest::newRow("bands of 2") << picture("#|.|#|#|.") << 2
                                << hex("1D 76 30 00 01 00 02 00 80 00"
                                       "1D 76 30 00 01 00 02 00 80 80"
                                       "1D 76 30 00 01 00 01 00 00");
    QTest::newRow("band of 1") << picture("##|..") << 1
                               << hex("1D 76 30 00 01 00 01 00 C0 1D 76 30 00 01 00 01 00 00");
}

void TestEscPos::raster()
{
    QFETCH(QImage, image);
    QFETCH(int, bandRows);
    QFETCH(QByteArray, expected);
    QCOMPARE(Hex::spaced(EscPos::raster(image, bandRows)), Hex::spaced(expected));
}

void TestEscPos::greyThreshold()
{
    QImage image(4, 1, QImage::Format_RGB32);
    image.setPixel(0, 0, qRgb(127, 127, 127));
    image.setPixel(1, 0, qRgb(128, 128, 128));
    image.setPixel(2, 0, qRgb(0, 0, 0));
    image.setPixel(3, 0, qRgb(255, 255, 255));
    QCOMPARE(Hex::spaced(EscPos::raster(image)), Hex::spaced(hex("1D 76 30 00 01 00 01 00 A0")));
}

void TestEscPos::monoImage()
{
    // A 1-bit image whose colour table is inverted: pixel values must not leak through.
    QImage image(8, 1, QImage::Format_Mono);
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    image.fill(1);
    image.setPixel(0, 0, 0);
    QCOMPARE(Hex::spaced(EscPos::raster(image)), Hex::spaced(hex("1D 76 30 00 01 00 01 00 80")));
}

void TestEscPos::job()
{
    const QImage wide = picture("################################################################"
                                "################################################################"
                                "################################################################"
                                "################################################################");
    QCOMPARE(wide.width(), 256);
    QCOMPARE(Hex::spaced(EscPos::receiptJob(wide, 3, EscPos::Cut::Full).left(12)),
             Hex::spaced(hex("1B 40 1D 76 30 00 20 00 01 00 FF FF")));
    QImage tall(1, 300, QImage::Format_RGB32);
    tall.fill(Qt::white);
    const QByteArray job = EscPos::receiptJob(tall, 5, EscPos::Cut::Partial);
    // 255 rows then 45 rows.
    QCOMPARE(Hex::spaced(job.mid(2, 8)), Hex::spaced(hex("1D 76 30 00 01 00 FF 00")));
    QCOMPARE(Hex::spaced(job.mid(2 + 8 + 255, 8)), Hex::spaced(hex("1D 76 30 00 01 00 2D 00")));
    QCOMPARE(job.size(), 2 + 8 + 255 + 8 + 45 + 3 + 3);
    QCOMPARE(Hex::spaced(job.right(6)), Hex::spaced(hex("1B 64 05 1D 56 01")));
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
