// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Sector-1 layout of the loyalty card: exact bytes, round trip, every malformed field, MAC.
#include "card/LoyaltyCardLayout.h"
#include "crypto/CardKeys.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Devices;

Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardData)
Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardLayout::Error)

namespace {
const QByteArray Uid = QByteArray::fromHex("5A3C9E11");
const QByteArray OtherUid = QByteArray::fromHex("5A3C9E12");

CardKeys keys(int version)
{
    return CardKeys::derive(version, QByteArray(32, '\x42'));
}

LoyaltyCardData sample()
{
    LoyaltyCardData d;
    d.keyVersion = 1;
    d.programmeId = 0x0102;
    d.cardNumber = QStringLiteral("6280011234567894");
    d.issueDate = QDate(2026, 11, 23);
    d.expiry = QDate(2029, 11, 30);
    d.flags = 0x05;
    return d;
}

// Replaces one byte of a block.
QByteArray patched(QByteArray block, int index, char value)
{
    block[index] = value;
    return block;
}
} // namespace

class TestLoyaltyLayout : public QObject
{
    Q_OBJECT

private slots:
    void encodesExactBytes();
    void roundTrip_data();
    void roundTrip();
    void encodeRejects_data();
    void encodeRejects();
    void decodeRejects_data();
    void decodeRejects();
    void macBindsDataToChipAndKeys();
    void luhn_data();
    void luhn();
    void masksNumber();
};

void TestLoyaltyLayout::encodesExactBytes()
{
    const auto blocks = LoyaltyCardLayout::encode(sample(), Uid, keys(1));
    QCOMPARE(blocks.error, LoyaltyCardLayout::Error::None);
    // 2026-11-23 is day 9823 (0x265F) since 2000-01-01, 2029-11-30 day 10926 (0x2AAE).
    QCOMPARE(blocks.block4.toHex().toUpper(), QByteArray("4C59010101026280011234567894265F"));
    QCOMPARE(blocks.block5.left(8).toHex().toUpper(), QByteArray("2AAE050000000000"));
    QCOMPARE(blocks.block5.size(), 16);
}

void TestLoyaltyLayout::roundTrip_data()
{
    QTest::addColumn<int>("keyVersion");
    QTest::addColumn<int>("programme");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("issue");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<int>("flags");
    QTest::newRow("typical") << 1 << 0x0102 << QStringLiteral("6280011234567894") << QDate(2026, 11, 23)
                             << QDate(2029, 11, 30) << 5;
    QTest::newRow("epoch, zeros") << 9 << 0 << QStringLiteral("6280010000000015") << QDate(2000, 1, 1)
                                  << QDate(2000, 1, 1) << 0;
    QTest::newRow("limits") << 3 << 0xFFFF << QStringLiteral("9999999999999995") << QDate(2000, 1, 1).addDays(0xFFFF)
                            << QDate(2000, 1, 1).addDays(0xFFFF) << 0xFF;
}

void TestLoyaltyLayout::roundTrip()
{
    QFETCH(int, keyVersion);
    QFETCH(int, programme);
    QFETCH(QString, number);
    QFETCH(QDate, issue);
    QFETCH(QDate, expiry);
    QFETCH(int, flags);
    const LoyaltyCardData data{keyVersion, quint16(programme), number, issue, expiry, quint8(flags)};
    const CardKeys k = keys(keyVersion);
    const auto blocks = LoyaltyCardLayout::encode(data, Uid, k);
    QCOMPARE(blocks.error, LoyaltyCardLayout::Error::None);
    const auto decoded = LoyaltyCardLayout::decode(blocks.block4, blocks.block5);
    QCOMPARE(decoded.error, LoyaltyCardLayout::Error::None);
    QCOMPARE(decoded.data, data);
    QVERIFY(LoyaltyCardLayout::verifyMac(Uid, blocks.block4, blocks.block5, k));
}

void TestLoyaltyLayout::encodeRejects_data()
{
    QTest::addColumn<LoyaltyCardData>("data");
    QTest::addColumn<int>("keysVersion");
    QTest::addColumn<LoyaltyCardLayout::Error>("error");
    auto with = [](auto change) {
        LoyaltyCardData d = sample();
        change(d);
        return d;
    };
    QTest::newRow("key version 0") << with([](auto &d) { d.keyVersion = 0; }) << 1
                                   << LoyaltyCardLayout::Error::BadKeyVersion;
    QTest::newRow("key version 10") << with([](auto &d) { d.keyVersion = 10; }) << 1
                                    << LoyaltyCardLayout::Error::BadKeyVersion;
    QTest::newRow("keys of another version") << sample() << 2 << LoyaltyCardLayout::Error::BadKeyVersion;
    QTest::newRow("15 digits") << with([](auto &d) { d.cardNumber.chop(1); }) << 1
                               << LoyaltyCardLayout::Error::BadCardNumber;
    QTest::newRow("17 digits") << with([](auto &d) { d.cardNumber.append(QLatin1Char('0')); }) << 1
                               << LoyaltyCardLayout::Error::BadCardNumber;
    QTest::newRow("letter") << with([](auto &d) { d.cardNumber[3] = QLatin1Char('A'); }) << 1
                            << LoyaltyCardLayout::Error::BadCardNumber;
    QTest::newRow("luhn") << with([](auto &d) { d.cardNumber = QStringLiteral("6280011234567895"); }) << 1
                          << LoyaltyCardLayout::Error::BadLuhn;
    QTest::newRow("no issue date") << with([](auto &d) { d.issueDate = {}; }) << 1
                                   << LoyaltyCardLayout::Error::BadDate;
    QTest::newRow("before 2000") << with([](auto &d) { d.issueDate = QDate(1999, 12, 31); }) << 1
                                 << LoyaltyCardLayout::Error::BadDate;
    QTest::newRow("expiry past 16 bits")
        << with([](auto &d) { d.expiry = QDate(2000, 1, 1).addDays(0x10000); }) << 1
        << LoyaltyCardLayout::Error::BadDate;
}

void TestLoyaltyLayout::encodeRejects()
{
    QFETCH(LoyaltyCardData, data);
    QFETCH(int, keysVersion);
    QFETCH(LoyaltyCardLayout::Error, error);
    const auto blocks = LoyaltyCardLayout::encode(data, Uid, keys(keysVersion));
    QCOMPARE(blocks.error, error);
    QVERIFY(blocks.block4.isEmpty());
    QVERIFY(blocks.block5.isEmpty());
}

void TestLoyaltyLayout::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("block4");
    QTest::addColumn<QByteArray>("block5");
    QTest::addColumn<LoyaltyCardLayout::Error>("error");
    const auto good = LoyaltyCardLayout::encode(sample(), Uid, keys(1));
    const QByteArray b4 = good.block4;
    const QByteArray b5 = good.block5;
    QTest::newRow("short block 4") << b4.left(15) << b5 << LoyaltyCardLayout::Error::BadLength;
    QTest::newRow("short block 5") << b4 << b5.left(8) << LoyaltyCardLayout::Error::BadLength;
    QTest::newRow("blank") << QByteArray(16, '\0') << QByteArray(16, '\0') << LoyaltyCardLayout::Error::BadMagic;
    QTest::newRow("magic L") << patched(b4, 0, 'X') << b5 << LoyaltyCardLayout::Error::BadMagic;
    QTest::newRow("magic Y") << patched(b4, 1, 'y') << b5 << LoyaltyCardLayout::Error::BadMagic;
    QTest::newRow("layout 0") << patched(b4, 2, 0) << b5 << LoyaltyCardLayout::Error::BadLayoutVersion;
    QTest::newRow("layout 2") << patched(b4, 2, 2) << b5 << LoyaltyCardLayout::Error::BadLayoutVersion;
    QTest::newRow("key version 0") << patched(b4, 3, 0) << b5 << LoyaltyCardLayout::Error::BadKeyVersion;
    QTest::newRow("key version 10") << patched(b4, 3, 10) << b5 << LoyaltyCardLayout::Error::BadKeyVersion;
    QTest::newRow("BCD high nibble") << patched(b4, 6, char(0xA2)) << b5 << LoyaltyCardLayout::Error::BadCardNumber;
    QTest::newRow("BCD low nibble") << patched(b4, 13, char(0x9F)) << b5 << LoyaltyCardLayout::Error::BadCardNumber;
    QTest::newRow("luhn") << patched(b4, 13, char(0x95)) << b5 << LoyaltyCardLayout::Error::BadLuhn;
    QTest::newRow("reserved first") << b4 << patched(b5, 3, 1) << LoyaltyCardLayout::Error::BadReserved;
    QTest::newRow("reserved last") << b4 << patched(b5, 7, 1) << LoyaltyCardLayout::Error::BadReserved;
}

void TestLoyaltyLayout::decodeRejects()
{
    QFETCH(QByteArray, block4);
    QFETCH(QByteArray, block5);
    QFETCH(LoyaltyCardLayout::Error, error);
    QCOMPARE(LoyaltyCardLayout::decode(block4, block5).error, error);
}

void TestLoyaltyLayout::macBindsDataToChipAndKeys()
{
    const CardKeys k = keys(1);
    const auto blocks = LoyaltyCardLayout::encode(sample(), Uid, k);
    QVERIFY(LoyaltyCardLayout::verifyMac(Uid, blocks.block4, blocks.block5, k));
    QVERIFY(!LoyaltyCardLayout::verifyMac(OtherUid, blocks.block4, blocks.block5, k));
    QVERIFY(!LoyaltyCardLayout::verifyMac(Uid, blocks.block4, blocks.block5, keys(2)));
    QVERIFY(!LoyaltyCardLayout::verifyMac(Uid, blocks.block4, blocks.block5, CardKeys{}));
    // Any changed data byte (here the flags, then the expiry) breaks it; so does the MAC itself.
    QVERIFY(!LoyaltyCardLayout::verifyMac(Uid, blocks.block4, patched(blocks.block5, 2, 0x04), k));
    QVERIFY(!LoyaltyCardLayout::verifyMac(Uid, patched(blocks.block4, 15, 0x60), blocks.block5, k));
    QVERIFY(!LoyaltyCardLayout::verifyMac(Uid, blocks.block4, patched(blocks.block5, 15, blocks.block5.at(15) ^ 1), k));
}

void TestLoyaltyLayout::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QStringLiteral("6280011234567894") << true;
    QTest::newRow("79927398713") << QStringLiteral("79927398713") << true;
    QTest::newRow("off by one") << QStringLiteral("79927398714") << false;
    QTest::newRow("swapped") << QStringLiteral("6280011234567849") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letters") << QStringLiteral("62800A") << false;
}

void TestLoyaltyLayout::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(LoyaltyCardLayout::luhnValid(digits), valid);
}

void TestLoyaltyLayout::masksNumber()
{
    QCOMPARE(LoyaltyCardLayout::maskedNumber(QStringLiteral("6280011234567894")), QStringLiteral("628001******7894"));
    QCOMPARE(LoyaltyCardLayout::maskedNumber(QStringLiteral("1234")), QStringLiteral("****"));
}

QTEST_GUILESS_MAIN(TestLoyaltyLayout)
#include "tst_loyaltylayout.moc"
