// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CardKeys.h"
#include "crypto/CardMac.h"
#include "crypto/KeyDiversifier.h"
#include "TestMain.h"

#include <QSet>
#include <QTest>

using Club::Devices::CardKeys;
using Club::Devices::CardMac;
using Club::Devices::KeyDiversifier;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

const QByteArray uid7 = hex("04782E21801D80");
const QByteArray master = hex("00112233445566778899AABBCCDDEEFF");

} // namespace

class tst_KeyDiversifier : public QObject
{
    Q_OBJECT

private slots:
    void aesCmac_data();
    void aesCmac();
    void an10922_data();
    void an10922();
    void an10922RejectsMalformedInput();
    void classicKeysDiffer();
    void sectorMacRoundTrip();
    void sectorMacBitFlipFails_data();
    void sectorMacBitFlipFails();
    void magstripeDigits();
    void magstripeBase36();
    void goldenValues();
    void cardKeysDerive();
    void cardKeysRefuseBadInput();
};

void tst_KeyDiversifier::aesCmac_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray full = hex("6bc1bee22e409f96e93d7e117393172a"
                                "ae2d8a571e03ac9c9eb76fac45af8e51"
                                "30c81c46a35ce411e5fbc1191a0a52ef"
                                "f69f2445df4f9b17ad2b417be66c3710");
    QTest::newRow("empty") << QByteArray() << hex("bb1d6929e95937287fa37d129b756746");
    QTest::newRow("16 bytes") << full.left(16) << hex("070a16b46b4d4144f79bdd9dd04a287c");
    QTest::newRow("40 bytes") << full.left(40) << hex("dfa66747de9ae63030ca32611497c827");
    QTest::newRow("64 bytes") << full << hex("51f0bebf7e3b9d92fc49741779363cfe");
}

void tst_KeyDiversifier::aesCmac()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(KeyDiversifier::aesCmac(hex("2b7e151628aed2a6abf7158809cf4f3c"), message).toHex(), expected.toHex());
}

void tst_KeyDiversifier::an10922_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // NXP AN10922 §2.2.1: UID ‖ AID ‖ SystemId.
    QTest::newRow("AN10922 vector") << hex("04782E21801D80" "3042F5" "4E585020416275")
                                    << hex("A8DD63A3B89D54B37CA802473FDA9175");
    // The rows below come from an independent Python reference (pyca/cryptography AES and CMAC).
    QTest::newRow("7 bytes, forced 32-byte padding") << uid7 << hex("4fd3364753b8142980e8203c75ad83be");
    QTest::newRow("15 bytes: M is one full block, still padded")
        << hex("000102030405060708090a0b0c0d0e") << hex("5a3c7f6f0687f24f82dee7eda0970d08");
    QTest::newRow("31 bytes: M is 32 bytes, K1")
        << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e")
        << hex("21c28cd89bb3147f66c7dbd4851cab20");
}

void tst_KeyDiversifier::an10922()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(KeyDiversifier::an10922(master, input).toHex(), expected.toHex());
}

void tst_KeyDiversifier::an10922RejectsMalformedInput()
{
    QVERIFY(KeyDiversifier::an10922(master.left(15), uid7).isEmpty());
    QVERIFY(KeyDiversifier::an10922(master, QByteArray()).isEmpty());
    QVERIFY(KeyDiversifier::an10922(master, QByteArray(32, 'x')).isEmpty());
    QCOMPARE(KeyDiversifier::an10922(master, QByteArray(31, 'x')).size(), 16);
    // Short M is forced to 32 bytes, so the result differs from plain CMAC of 0x01 ‖ input.
    QVERIFY(KeyDiversifier::an10922(master, uid7) != KeyDiversifier::aesCmac(master, QByteArray(1, '\x01') + uid7));
}

void tst_KeyDiversifier::classicKeysDiffer()
{
    const QByteArray otherUid = hex("04782E21801D81");
    QSet<QByteArray> keys;
    for (const QByteArray &uid : {uid7, otherUid, hex("DEADBEEF")}) {
        for (quint16 sector : {0, 1, 15}) {
            for (bool keyB : {false, true}) {
                const QByteArray key = KeyDiversifier::mifareClassicKey(master, uid, sector, keyB);
                QCOMPARE(key.size(), 6);
                QCOMPARE(KeyDiversifier::mifareClassicKey(master, uid, sector, keyB), key);
                keys.insert(key);
            }
        }
    }
    QCOMPARE(keys.size(), 3 * 3 * 2);
    QVERIFY(KeyDiversifier::mifareClassicKey(master, hex("0102"), 1, false).isEmpty());
}

void tst_KeyDiversifier::sectorMacRoundTrip()
{
    const QByteArray block4 = hex("4C59010100010000123456789012345F");
    QByteArray block5 = hex("2A000100000000000000000000000000");
    const QByteArray mac = CardMac::sectorMac(master, uid7, block4, block5);
    QCOMPARE(mac.size(), CardMac::SectorMacSize);
    QCOMPARE(CardMac::sectorMac(master, uid7, block4, block5.left(8)), mac);
    block5.replace(8, 8, mac);
    QCOMPARE(CardMac::verifySectorMac(master, uid7, block4, block5), CardMac::Check::Valid);
    // Copied onto another chip: the UID is bound in.
    QCOMPARE(CardMac::verifySectorMac(master, hex("04782E21801D81"), block4, block5), CardMac::Check::Mismatch);
    QCOMPARE(CardMac::verifySectorMac(master, uid7, block4, block5.left(15)), CardMac::Check::Malformed);
}

void tst_KeyDiversifier::sectorMacBitFlipFails_data()
{
    QTest::addColumn<int>("byte");
    for (int byte : {0, 7, 15, 16, 23, 24, 31})
        QTest::addRow("byte %d", byte) << byte;
}

void tst_KeyDiversifier::sectorMacBitFlipFails()
{
    QFETCH(int, byte);
    const QByteArray block4 = hex("4C59010100010000123456789012345F");
    QByteArray block5 = hex("2A000100000000000000000000000000");
    block5.replace(8, 8, CardMac::sectorMac(master, uid7, block4, block5));
    QByteArray both = block4 + block5;
    both[byte] = char(both[byte] ^ 0x01);
    QCOMPARE(CardMac::verifySectorMac(master, uid7, both.left(16), both.mid(16)), CardMac::Check::Mismatch);
}

void tst_KeyDiversifier::magstripeDigits()
{
    const QByteArray key = hex("000102030405060708090A0B0C0D0E0F");
    const QString number = QStringLiteral("6012345678901234");
    const QString expiry = QStringLiteral("2812");
    const QString mac = CardMac::magstripeMacDigits(key, number, expiry);
    QCOMPARE(mac.size(), CardMac::MagstripeMacLength);
    for (QChar c : mac)
        QVERIFY(c.isDigit());
    QCOMPARE(CardMac::magstripeMacDigits(key, number, expiry), mac);
    QCOMPARE(CardMac::verifyMagstripeMacDigits(key, number, expiry, mac), CardMac::Check::Valid);
    QVERIFY(CardMac::magstripeMacDigits(key, number, QStringLiteral("2811")) != mac);
    QCOMPARE(CardMac::verifyMagstripeMacDigits(key, QStringLiteral("6012345678901235"), expiry, mac),
             CardMac::Check::Mismatch);
    QCOMPARE(CardMac::verifyMagstripeMacDigits(key, number, expiry, mac.left(7)), CardMac::Check::Malformed);
    QVERIFY(CardMac::magstripeMacDigits(QByteArray(), number, expiry).isEmpty());
}

void tst_KeyDiversifier::magstripeBase36()
{
    const QByteArray key = hex("000102030405060708090A0B0C0D0E0F");
    const QString number = QStringLiteral("6012345678901234");
    const QString expiry = QStringLiteral("2812");
    const QString mac = CardMac::magstripeMacBase36(key, number, expiry);
    QCOMPARE(mac.size(), CardMac::MagstripeMacLength);
    for (QChar c : mac)
        QVERIFY(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')));
    QCOMPARE(CardMac::magstripeMacBase36(key, number, expiry), mac);
    QCOMPARE(CardMac::verifyMagstripeMacBase36(key, number, expiry, mac), CardMac::Check::Valid);
    QCOMPARE(CardMac::verifyMagstripeMacBase36(key, number, QStringLiteral("2901"), mac), CardMac::Check::Mismatch);
}

// Fixed outputs (from the Python reference) so that a change of layout, which would orphan
// every issued card, cannot pass unnoticed.
void tst_KeyDiversifier::goldenValues()
{
    QCOMPARE(KeyDiversifier::mifareClassicKey(master, uid7, 1, false).toHex(), QByteArray("7f96146196c7"));
    QCOMPARE(KeyDiversifier::mifareClassicKey(master, uid7, 1, true).toHex(), QByteArray("cf100ff042c8"));
    QCOMPARE(CardMac::sectorMac(master, uid7, hex("4C59010100010000123456789012345F"), hex("2A00010000000000")).toHex(),
             QByteArray("d742b3ec9c656f1f"));
    const QByteArray key = hex("000102030405060708090A0B0C0D0E0F");
    const QString number = QStringLiteral("6012345678901234");
    const QString expiry = QStringLiteral("2812");
    QCOMPARE(CardMac::magstripeMacDigits(key, number, expiry), QStringLiteral("53354625"));
    QCOMPARE(CardMac::magstripeMacBase36(key, number, expiry), QStringLiteral("FKCURKOX"));
}

// Golden values computed independently with Python's hmac/hashlib (RFC 5869 by hand).
void tst_KeyDiversifier::cardKeysDerive()
{
    QByteArray secret(32, '\0');
    for (int i = 0; i < 32; ++i)
        secret[i] = char(i);
    CardKeys keys = CardKeys::derive(1, secret);
    QVERIFY(keys.isValid());
    QCOMPARE(keys.version, 1);
    QCOMPARE(keys.classicMaster.toHex(), QByteArray("8008450571cb8b566ce5ae79d0e9ee61"));
    QCOMPARE(keys.macMaster.toHex(), QByteArray("5b6f7c6f0edf9fd1ebb4c23a2cf7eddc"));
    QCOMPARE(keys.stripeHmac.toHex(),
             QByteArray("22a55db18ccdd79555d011c60ccbd01ecfc9695e0b80ab3c9d3107174bcd69f1"));
    QCOMPARE(CardKeys::derive(2, secret).classicMaster.toHex(), QByteArray("a206df78abb7ccc6f49975da950ce9b9"));
    keys.wipe();
    QVERIFY(!keys.isValid());
    QVERIFY(keys.classicMaster.isEmpty());
}

void tst_KeyDiversifier::cardKeysRefuseBadInput()
{
    QVERIFY(!CardKeys::derive(1, QByteArray(31, 'x')).isValid());
    QVERIFY(!CardKeys::derive(0, QByteArray(32, 'x')).isValid());
    QVERIFY(!CardKeys::derive(10, QByteArray(32, 'x')).isValid());
    QVERIFY(CardKeys::derive(9, QByteArray(32, 'x')).isValid());
}

QTEST_GUILESS_MAIN(tst_KeyDiversifier)
#include "tst_keydiversifier.moc"
