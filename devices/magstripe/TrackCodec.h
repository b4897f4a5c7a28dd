// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// ISO/IEC 7811 track formats (DEVICES.md §1). Pure functions: no device, no I/O, no members.
namespace Club::Devices::TrackCodec {

enum class Track { One = 1, Two = 2, Three = 3 };

struct Format
{
    int dataBits;   // 6 on track 1, 4 on tracks 2 and 3; one odd-parity bit follows
    char firstChar; // lowest ASCII character the track can hold
    char lastChar;  // highest
    char startSentinel;
    char endSentinel;
    char separator;
    int maxChars; // including start sentinel, end sentinel and LRC
};

Format format(Track track);
int bitsPerChar(Track track);
// What the host may send: the device adds both sentinels and the LRC on ISO write.
int maxDataChars(Track track);

enum class ValidationStatus { Ok, TooLong, BadCharacter, ContainsSentinel };
struct Validation
{
    ValidationStatus status = ValidationStatus::Ok;
    int position = -1; // offending index into the data for BadCharacter / ContainsSentinel
};
Validation validate(Track track, const QByteArray &data);

using Symbols = std::vector<std::uint8_t>;

// One symbol per character, data bits in the low bits (bit 0 recorded first), odd parity
// as the top bit: start sentinel, data, end sentinel, LRC. nullopt when validate() fails.
std::optional<Symbols> encodeRaw(Track track, const QByteArray &data);

// A continuous bit stream, each symbol bit 0 first. lsbFirst puts the first stream bit
// into bit 0 of a byte, otherwise into bit 7: libraries disagree, so the caller chooses.
// The last byte is padded with zeros.
QByteArray packBits(const Symbols &symbols, int bitsPerChar, bool lsbFirst);
// The inverse; trailing bits that do not fill a whole symbol are dropped.
Symbols unpackBits(const QByteArray &bytes, int bitsPerChar, bool lsbFirst);

enum class DecodeStatus { Ok, NoStartSentinel, NoEndSentinel, BadParity, BadLrc };
struct Decoded
{
    DecodeStatus status = DecodeStatus::Ok;
    int position = -1; // symbol index for BadParity
    QByteArray text;   // data without sentinels; empty unless Ok
};
// Leading zero symbols (the clocking zeros before the start sentinel) and anything after
// the LRC are ignored.
Decoded decodeRaw(Track track, const Symbols &symbols);
// A raw read as a continuous bit stream whose lead-in zeros need not fill whole symbols:
// decoding starts at the first one bit (bit 0 of both start sentinels is one). When that
// finds no start sentinel the stream is tried reversed, as a card swiped backwards gives it.
// BadParity positions count symbols from the start sentinel.
Decoded decodeBitStream(Track track, const QByteArray &bytes, bool lsbFirst);

enum class IsoReadStatus { Ok, Empty, ReadError, Malformed };
struct IsoRead
{
    IsoReadStatus status = IsoReadStatus::Ok;
    QByteArray text; // without sentinels; empty unless Ok
};
// One track of an MSR605 ISO read: "%...?" / ";...?", nothing, "+" (empty) or "*" (error).
IsoRead parseIsoRead(Track track, const QByteArray &bytes);

// Track 2 loyalty layout: "<number>=<YYMM><key version digit><8-digit MAC>".
struct LoyaltyTrack2
{
    QByteArray cardNumber;
    QByteArray expiryYYMM;
    char keyVersion = '0';
    QByteArray mac;
};
std::optional<QByteArray> loyaltyTrack2(const QByteArray &cardNumber,
                                        const QByteArray &expiryYYMM,
                                        char keyVersionDigit,
                                        const QByteArray &mac8Digits);
std::optional<LoyaltyTrack2> parseLoyaltyTrack2(const QByteArray &text);

// Track 1: "<format code><number>^<NAME>^<YYMM><key version><MAC base 36>". Format code B
// is refused so a payment terminal never takes a loyalty card for a bank card. The name
// is upper-cased; anything outside the track-1 set (after transliteration, which is the
// caller's job) is refused.
std::optional<QByteArray> loyaltyTrack1(char formatCode,
                                        const QByteArray &cardNumber,
                                        const QString &name,
                                        const QByteArray &expiryYYMM,
                                        char keyVersion,
                                        const QByteArray &macBase36);

} // namespace Club::Devices::TrackCodec
