// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hex.h"
#include "magstripe/TrackCodec.h"
#include "TestMain.h"

#include <QTest>

#include <algorithm>
#include <bit>

using namespace Club::Devices;
using namespace Club::Devices::TrackCodec;

Q_DECLARE_METATYPE(Club::Devices::TrackCodec::Track)
Q_DECLARE_METATYPE(Club::Devices::TrackCodec::ValidationStatus)
Q_DECLARE_METATYPE(Club::Devices::TrackCodec::IsoReadStatus)

namespace {

QString spacedSymbols(const Symbols &symbols)
{
    QByteArray bytes;
    for (std::uint8_t s : symbols)
        bytes.append(char(s));
    return Hex::spaced(bytes);
}

std::uint8_t oddParity(std::uint8_t code, int dataBits)
{
    return std::popcount(code) % 2 == 0 ? std::uint8_t(code | (1u << dataBits)) : code;
}

} // namespace

class tst_TrackCodec : public QObject
{
    Q_OBJECT

private slots:
    void track2Parity_data();
    void track2Parity();
    void knownTracks_data();
    void knownTracks();
    void devicesMdRawExampleIsOneSymbolPerByte();
    void roundTrip_data();
    void roundTrip();
    void flippedBitIsBadParity_data();
    void flippedBitIsBadParity();
    void bitStream_data();
    void bitStream();
    void wrongLrc();
    void missingSentinels();
    void validation_data();
    void validation();
    void isoRead_data();
    void isoRead();
    void loyaltyTrack2Layout_data();
    void loyaltyTrack2Layout();
    void parseLoyaltyTrack2Layout_data();
    void parseLoyaltyTrack2Layout();
    void loyaltyTrack1Layout_data();
    void loyaltyTrack1Layout();
};

void tst_TrackCodec::track2Parity_data()
{
    QTest::addColumn<char>("character");
    QTest::addColumn<int>("symbol");
    // Worked by hand: 4 data bits, the fifth bit (0x10) set when the data bits hold an even count of ones.
    const int expected[16] = {0x10, 0x01, 0x02, 0x13, 0x04, 0x15, 0x16, 0x07,
                              0x08, 0x19, 0x1A, 0x0B, 0x1C, 0x0D, 0x0E, 0x1F};
    for (int i = 0; i < 16; ++i) {
        const char c = char(0x30 + i);
        QTest::addRow("'%c'", c) << c << expected[i];
    }
}

void tst_TrackCodec::track2Parity()
{
    QFETCH(char, character);
    QFETCH(int, symbol);
    // The sentinels cannot be data, so they are checked where the encoder puts them.
    if (character == ';' || character == '?') {
        const auto symbols = encodeRaw(Track::Two, {});
        QVERIFY(symbols);
        QCOMPARE(int(character == ';' ? symbols->front() : symbols->at(1)), symbol);
        return;
    }
    const auto symbols = encodeRaw(Track::Two, QByteArray(1, character));
    QVERIFY(symbols);
    QCOMPARE(int(symbols->at(1)), symbol);
}

void tst_TrackCodec::knownTracks_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("symbols");
    // LRCs by hand: ;12345? -> B^1^2^3^4^5^F = 5, parity -> 15. %ABC123? -> 05^21^22^23^11^12^13^1F = 2A.
    QTest::newRow("T2 ;12345?") << Track::Two << QByteArray("12345") << QStringLiteral("0B 01 02 13 04 15 1F 15");
    QTest::newRow("T3 ;12345?") << Track::Three << QByteArray("12345") << QStringLiteral("0B 01 02 13 04 15 1F 15");
    QTest::newRow("T1 %ABC123?") << Track::One << QByteArray("ABC123") << QStringLiteral("45 61 62 23 51 52 13 1F 2A");
    // B^F = 4; 05^1F = 1A (three ones: already odd).
    QTest::newRow("T2 empty") << Track::Two << QByteArray() << QStringLiteral("0B 1F 04");
    QTest::newRow("T1 empty") << Track::One << QByteArray() << QStringLiteral("45 1F 1A");
    // B^0^D^1^F = 8 -> 08 (one bit: odd).
    QTest::newRow("T2 0=1") << Track::Two << QByteArray("0=1") << QStringLiteral("0B 10 0D 01 1F 08");
}

void tst_TrackCodec::knownTracks()
{
    QFETCH(Track, track);
    QFETCH(QByteArray, data);
    QFETCH(QString, symbols);
    const auto encoded = encodeRaw(track, data);
    QVERIFY(encoded);
    QCOMPARE(spacedSymbols(*encoded), symbols);
}

void tst_TrackCodec::devicesMdRawExampleIsOneSymbolPerByte()
{
    // DEVICES.md's raw example (BPC 7/5/5) is the symbol list itself, one character per byte,
    // not a continuous bit stream in either order.
    const auto t1 = encodeRaw(Track::One, "ABC123");
    const auto t2 = encodeRaw(Track::Two, "12345");
    QVERIFY(t1 && t2);
    QCOMPARE(Hex::spaced(packBits(*t1, 8, true)), QStringLiteral("45 61 62 23 51 52 13 1F 2A"));
    QCOMPARE(Hex::spaced(packBits(*t2, 8, true)), QStringLiteral("0B 01 02 13 04 15 1F 15"));
    QVERIFY(Hex::spaced(packBits(*t2, 5, true)) != QStringLiteral("0B 01 02 13 04 15 1F 15"));
    QVERIFY(Hex::spaced(packBits(*t2, 5, false)) != QStringLiteral("0B 01 02 13 04 15 1F 15"));
}

void tst_TrackCodec::roundTrip_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("lsbFirst");
    const QByteArray t1 = "L6280231234567897^JANE DOE^28121ABC";
    const QByteArray t2 = "6280231234567897=2812112345678";
    const QByteArray t3 = QByteArray(104, '7');
    for (bool lsb : {true, false}) {
        const char *order = lsb ? "lsb" : "msb";
        QTest::addRow("T1 %s", order) << Track::One << t1 << lsb;
        QTest::addRow("T2 %s", order) << Track::Two << t2 << lsb;
        QTest::addRow("T3 full %s", order) << Track::Three << t3 << lsb;
        QTest::addRow("T2 empty %s", order) << Track::Two << QByteArray() << lsb;
        QTest::addRow("T1 one char %s", order) << Track::One << QByteArray("Z") << lsb;
    }
}

void tst_TrackCodec::roundTrip()
{
    QFETCH(Track, track);
    QFETCH(QByteArray, data);
    QFETCH(bool, lsbFirst);
    const auto symbols = encodeRaw(track, data);
    QVERIFY(symbols);
    const QByteArray packed = packBits(*symbols, bitsPerChar(track), lsbFirst);
    // Leading clocking zeros as a reader delivers them: whole zero bytes keep the alignment.
    const QByteArray withLeadIn = QByteArray(bitsPerChar(track), '\0') + packed;
    for (const QByteArray &bytes : {packed, withLeadIn}) {
        const Decoded decoded = decodeRaw(track, unpackBits(bytes, bitsPerChar(track), lsbFirst));
        QCOMPARE(decoded.status, DecodeStatus::Ok);
        QCOMPARE(decoded.text, data);
    }
}

void tst_TrackCodec::flippedBitIsBadParity_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<bool>("lsbFirst");
    QTest::addColumn<int>("bit");
    for (bool lsb : {true, false}) {
        const char *order = lsb ? "lsb" : "msb";
        // Symbol 0's parity bit, a data bit, the end sentinel, the LRC.
        for (int bit : {4, 5, 13, 34, 39})
            QTest::addRow("T2 %s bit %d", order, bit) << Track::Two << lsb << bit;
        for (int bit : {6, 7, 20, 56, 62})
            QTest::addRow("T1 %s bit %d", order, bit) << Track::One << lsb << bit;
    }
}

void tst_TrackCodec::flippedBitIsBadParity()
{
    QFETCH(Track, track);
    QFETCH(bool, lsbFirst);
    QFETCH(int, bit);
    const auto symbols = encodeRaw(track, track == Track::One ? QByteArray("ABC123") : QByteArray("12345"));
    QVERIFY(symbols);
    const int bpc = bitsPerChar(track);
    QByteArray packed = packBits(*symbols, bpc, lsbFirst);
    QVERIFY(bit < int(symbols->size()) * bpc);
    const int shift = lsbFirst ? bit % 8 : 7 - bit % 8;
    packed[bit / 8] = char(packed.at(bit / 8) ^ (1 << shift));
    const Decoded decoded = decodeRaw(track, unpackBits(packed, bpc, lsbFirst));
    QCOMPARE(decoded.status, DecodeStatus::BadParity);
    QCOMPARE(decoded.position, bit / bpc);
    QVERIFY(decoded.text.isEmpty());
}

void tst_TrackCodec::bitStream_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<bool>("lsbFirst");
    QTest::addColumn<int>("leadingZeros");
    QTest::addColumn<bool>("backwards");
    for (bool lsb : {true, false}) {
        for (bool backwards : {false, true}) {
            for (int zeros : {0, 3, 11, 40}) {
                const char *order = lsb ? "lsb" : "msb";
                const char *direction = backwards ? "backwards" : "forwards";
                QTest::addRow("T1 %s %s %d", order, direction, zeros) << Track::One << lsb << zeros << backwards;
                QTest::addRow("T2 %s %s %d", order, direction, zeros) << Track::Two << lsb << zeros << backwards;
            }
        }
    }
}

void tst_TrackCodec::bitStream()
{
    QFETCH(Track, track);
    QFETCH(bool, lsbFirst);
    QFETCH(int, leadingZeros);
    QFETCH(bool, backwards);
    const QByteArray data = track == Track::One ? QByteArray("L123^DOE/J^2812") : QByteArray("123=2812");
    const auto symbols = encodeRaw(track, data);
    QVERIFY(symbols);
    // One-bit symbols give a stream whose lead-in is not a whole number of characters.
    Symbols bits(size_t(leadingZeros), 0);
    for (std::uint8_t s : *symbols) {
        for (int b = 0; b < bitsPerChar(track); ++b)
            bits.push_back((s >> b) & 1);
    }
    bits.insert(bits.end(), 13, 0);
    if (backwards)
        std::reverse(bits.begin(), bits.end());
    const Decoded decoded = decodeBitStream(track, packBits(bits, 1, lsbFirst), lsbFirst);
    QCOMPARE(decoded.status, DecodeStatus::Ok);
    QCOMPARE(decoded.text, data);
}

void tst_TrackCodec::wrongLrc()
{
    for (Track track : {Track::One, Track::Two, Track::Three}) {
        auto symbols = *encodeRaw(track, "123");
        const int dataBits = bitsPerChar(track) - 1;
        const std::uint8_t mask = std::uint8_t((1u << dataBits) - 1);
        symbols.back() = oddParity(std::uint8_t((symbols.back() & mask) ^ 0x01), dataBits);
        QCOMPARE(decodeRaw(track, symbols).status, DecodeStatus::BadLrc);
        symbols.pop_back();
        QCOMPARE(decodeRaw(track, symbols).status, DecodeStatus::BadLrc);
    }
}

void tst_TrackCodec::missingSentinels()
{
    auto symbols = *encodeRaw(Track::Two, "12345");
    QCOMPARE(decodeRaw(Track::Two, {}).status, DecodeStatus::NoStartSentinel);
    QCOMPARE(decodeRaw(Track::Two, Symbols(8, 0)).status, DecodeStatus::NoStartSentinel);
    QCOMPARE(decodeRaw(Track::Two, Symbols(symbols.begin() + 1, symbols.end())).status, DecodeStatus::NoStartSentinel);
    QCOMPARE(decodeRaw(Track::Two, Symbols(symbols.begin(), symbols.end() - 2)).status, DecodeStatus::NoEndSentinel);
    QCOMPARE(decodeBitStream(Track::Two, QByteArray(10, '\0'), true).status, DecodeStatus::NoStartSentinel);
    // A track-2 stripe read as track 1 has no '%'.
    QCOMPARE(decodeRaw(Track::One, *encodeRaw(Track::Two, "12345")).status, DecodeStatus::NoStartSentinel);
}

void tst_TrackCodec::validation_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ValidationStatus>("status");
    QTest::addColumn<int>("position");
    using V = ValidationStatus;
    QTest::newRow("T1 76 = limit") << Track::One << QByteArray(76, 'A') << V::Ok << -1;
    QTest::newRow("T1 77") << Track::One << QByteArray(77, 'A') << V::TooLong << -1;
    QTest::newRow("T2 37 = limit") << Track::Two << QByteArray(37, '1') << V::Ok << -1;
    QTest::newRow("T2 38") << Track::Two << QByteArray(38, '1') << V::TooLong << -1;
    QTest::newRow("T3 104 = limit") << Track::Three << QByteArray(104, '1') << V::Ok << -1;
    QTest::newRow("T3 105") << Track::Three << QByteArray(105, '1') << V::TooLong << -1;
    QTest::newRow("T1 empty") << Track::One << QByteArray() << V::Ok << -1;
    QTest::newRow("T1 separator") << Track::One << QByteArray("A^B C") << V::Ok << -1;
    QTest::newRow("T1 lowercase") << Track::One << QByteArray("Hello") << V::BadCharacter << 1;
    QTest::newRow("T1 DEL") << Track::One << QByteArray("AB\x7f") << V::BadCharacter << 2;
    QTest::newRow("T1 control") << Track::One << QByteArray("\x1f") << V::BadCharacter << 0;
    QTest::newRow("T1 start sentinel") << Track::One << QByteArray("A%B") << V::ContainsSentinel << 1;
    QTest::newRow("T1 end sentinel") << Track::One << QByteArray("AB?") << V::ContainsSentinel << 2;
    QTest::newRow("T2 separator") << Track::Two << QByteArray("1=2") << V::Ok << -1;
    QTest::newRow("T2 letter") << Track::Two << QByteArray("12A4") << V::BadCharacter << 2;
    QTest::newRow("T2 space") << Track::Two << QByteArray("12 ") << V::BadCharacter << 2;
    QTest::newRow("T2 start sentinel") << Track::Two << QByteArray("1;2") << V::ContainsSentinel << 1;
    QTest::newRow("T3 end sentinel") << Track::Three << QByteArray("12?") << V::ContainsSentinel << 2;
    // A bad character is reported even when the data is also too long: it is the more specific fault.
    QTest::newRow("T2 long and bad") << Track::Two << (QByteArray(40, '1') + 'x') << V::BadCharacter << 40;
}

void tst_TrackCodec::validation()
{
    QFETCH(Track, track);
    QFETCH(QByteArray, data);
    QFETCH(ValidationStatus, status);
    QFETCH(int, position);
    const Validation v = validate(track, data);
    QCOMPARE(v.status, status);
    QCOMPARE(v.position, position);
    const auto symbols = encodeRaw(track, data);
    QCOMPARE(symbols.has_value(), status == ValidationStatus::Ok);
    if (symbols)
        QCOMPARE(int(symbols->size()), data.size() + 3);
}

void tst_TrackCodec::isoRead_data()
{
    QTest::addColumn<Track>("track");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<IsoReadStatus>("status");
    QTest::addColumn<QByteArray>("text");
    using S = IsoReadStatus;
    QTest::newRow("T1 ok") << Track::One << QByteArray("%ABC123?") << S::Ok << QByteArray("ABC123");
    QTest::newRow("T1 manual example") << Track::One << QByteArray("%01?") << S::Ok << QByteArray("01");
    QTest::newRow("T2 ok") << Track::Two << QByteArray(";12345?") << S::Ok << QByteArray("12345");
    QTest::newRow("T3 ok") << Track::Three << QByteArray(";45?") << S::Ok << QByteArray("45");
    QTest::newRow("nothing") << Track::Two << QByteArray() << S::Empty << QByteArray();
    QTest::newRow("plus") << Track::One << QByteArray("+") << S::Empty << QByteArray();
    QTest::newRow("sentinels only") << Track::One << QByteArray("%?") << S::Empty << QByteArray();
    QTest::newRow("star") << Track::Three << QByteArray("*") << S::ReadError << QByteArray();
    QTest::newRow("T2 with T1 sentinel") << Track::Two << QByteArray("%123?") << S::Malformed << QByteArray();
    QTest::newRow("no end sentinel") << Track::One << QByteArray("%ABC") << S::Malformed << QByteArray();
    QTest::newRow("lone end sentinel") << Track::One << QByteArray("?") << S::Malformed << QByteArray();
    QTest::newRow("T2 letter") << Track::Two << QByteArray(";1A?") << S::Malformed << QByteArray();
    QTest::newRow("T2 two ends") << Track::Two << QByteArray(";1?2?") << S::Malformed << QByteArray();
}

void tst_TrackCodec::isoRead()
{
    QFETCH(Track, track);
    QFETCH(QByteArray, bytes);
    QFETCH(IsoReadStatus, status);
    QFETCH(QByteArray, text);
    const IsoRead read = parseIsoRead(track, bytes);
    QCOMPARE(read.status, status);
    QCOMPARE(read.text, text);
}

void tst_TrackCodec::loyaltyTrack2Layout_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QByteArray>("expiry");
    QTest::addColumn<char>("keyVersion");
    QTest::addColumn<QByteArray>("mac");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    QTest::newRow("16 digits") << QByteArray("6280231234567897") << QByteArray("2812") << '1' << QByteArray("12345678")
                               << QByteArray("6280231234567897=2812112345678");
    // 23 + '=' + 13 = 37 data characters: the track-2 limit exactly.
    QTest::newRow("23 digits") << QByteArray(23, '9') << QByteArray("2812") << '0' << QByteArray("00000000")
                               << (QByteArray(23, '9') + "=2812000000000");
    QTest::newRow("24 digits") << QByteArray(24, '9') << QByteArray("2812") << '0' << QByteArray("00000000")
                               << QByteArray();
    QTest::newRow("month 13") << QByteArray("6280") << QByteArray("2813") << '1' << QByteArray("12345678")
                              << QByteArray();
    QTest::newRow("short expiry") << QByteArray("6280") << QByteArray("281") << '1' << QByteArray("12345678")
                                  << QByteArray();
    QTest::newRow("7-digit mac") << QByteArray("6280") << QByteArray("2812") << '1' << QByteArray("1234567")
                                 << QByteArray();
    QTest::newRow("letter key version") << QByteArray("6280") << QByteArray("2812") << 'A' << QByteArray("12345678")
                                        << QByteArray();
    QTest::newRow("letter in number") << QByteArray("62A0") << QByteArray("2812") << '1' << QByteArray("12345678")
                                      << QByteArray();
    QTest::newRow("empty number") << QByteArray() << QByteArray("2812") << '1' << QByteArray("12345678")
                                  << QByteArray();
}

void tst_TrackCodec::loyaltyTrack2Layout()
{
    QFETCH(QByteArray, number);
    QFETCH(QByteArray, expiry);
    QFETCH(char, keyVersion);
    QFETCH(QByteArray, mac);
    QFETCH(QByteArray, expected);
    const auto text = loyaltyTrack2(number, expiry, keyVersion, mac);
    QCOMPARE(text.has_value(), !expected.isEmpty());
    if (!text)
        return;
    QCOMPARE(*text, expected);
    const auto fields = parseLoyaltyTrack2(*text);
    QVERIFY(fields);
    QCOMPARE(fields->cardNumber, number);
    QCOMPARE(fields->expiryYYMM, expiry);
    QCOMPARE(fields->keyVersion, keyVersion);
    QCOMPARE(fields->mac, mac);
}

void tst_TrackCodec::parseLoyaltyTrack2Layout_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("ok") << QByteArray("123=2812112345678") << true;
    QTest::newRow("short tail") << QByteArray("6280=281211234567") << false;
    QTest::newRow("long tail") << QByteArray("6280=28121123456789") << false;
    QTest::newRow("no number") << QByteArray("=2812112345678") << false;
    QTest::newRow("no separator") << QByteArray("62802812112345678") << false;
    QTest::newRow("two separators") << QByteArray("62=80=2812112345") << false;
    QTest::newRow("month 00") << QByteArray("6280=2800112345678") << false;
    QTest::newRow("letter") << QByteArray("62A0=2812112345678") << false;
}

void tst_TrackCodec::parseLoyaltyTrack2Layout()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, matches);
    QCOMPARE(parseLoyaltyTrack2(text).has_value(), matches);
}

void tst_TrackCodec::loyaltyTrack1Layout_data()
{
    QTest::addColumn<char>("formatCode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("mac");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    QTest::newRow("ok") << 'L' << QStringLiteral("jane doe") << QByteArray("1ABZ09")
                        << QByteArray("L6280231234567897^JANE DOE^281211ABZ09");
    QTest::newRow("format A") << 'A' << QStringLiteral("DOE/JANE") << QByteArray("Z")
                              << QByteArray("A6280231234567897^DOE/JANE^28121Z");
    QTest::newRow("bank format B") << 'B' << QStringLiteral("JANE DOE") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("lowercase format") << 'l' << QStringLiteral("JANE DOE") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("digit format") << '1' << QStringLiteral("JANE DOE") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("umlaut") << 'L' << QStringLiteral("M\u00fcller") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("persian") << 'L' << QStringLiteral("\u0639\u0644\u06cc") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("separator in name") << 'L' << QStringLiteral("A^B") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("sentinel in name") << 'L' << QStringLiteral("A%B") << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("empty name") << 'L' << QString() << QByteArray("1ABZ09") << QByteArray();
    QTest::newRow("lowercase mac") << 'L' << QStringLiteral("JANE DOE") << QByteArray("1abz09") << QByteArray();
    QTest::newRow("too long") << 'L' << QString(60, QLatin1Char('X')) << QByteArray("1ABZ09") << QByteArray();
}

void tst_TrackCodec::loyaltyTrack1Layout()
{
    QFETCH(char, formatCode);
    QFETCH(QString, name);
    QFETCH(QByteArray, mac);
    QFETCH(QByteArray, expected);
    const auto text = loyaltyTrack1(formatCode, "6280231234567897", name, "2812", '1', mac);
    QCOMPARE(text.has_value(), !expected.isEmpty());
    if (text) {
        QCOMPARE(*text, expected);
        QCOMPARE(validate(Track::One, *text).status, ValidationStatus::Ok);
    }
}

QTEST_GUILESS_MAIN(tst_TrackCodec)
#include "tst_trackcodec.moc"
