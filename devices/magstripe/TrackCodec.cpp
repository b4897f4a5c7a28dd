// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackCodec.h"

#include <bit>

namespace Club::Devices::TrackCodec {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(const QByteArray &text)
{
    for (char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool isValidYYMM(const QByteArray &yymm)
{
    if (yymm.size() != 4 || !allDigits(yymm))
        return false;
    const int month = (yymm.at(2) - '0') * 10 + (yymm.at(3) - '0');
    return month >= 1 && month <= 12;
}

std::uint8_t withOddParity(std::uint8_t code, int dataBits)
{
    const bool even = (std::popcount(code) % 2) == 0;
    return even ? std::uint8_t(code | (1u << dataBits)) : code;
}

bool hasOddParity(std::uint8_t symbol)
{
    return (std::popcount(symbol) % 2) == 1;
}

std::uint8_t symbolFor(const Format &f, char c)
{
    return withOddParity(std::uint8_t(c - f.firstChar), f.dataBits);
}

} // namespace

Format format(Track track)
{
    switch (track) {
    case Track::One:
        return {6, 0x20, 0x5F, '%', '?', '^', 79};
    case Track::Two:
        return {4, 0x30, 0x3F, ';', '?', '=', 40};
    case Track::Three:
        break;
    }
    return {4, 0x30, 0x3F, ';', '?', '=', 107};
}

int bitsPerChar(Track track)
{
    return format(track).dataBits + 1;
}

int maxDataChars(Track track)
{
    return format(track).maxChars - 3;
}

Validation validate(Track track, const QByteArray &data)
{
    const Format f = format(track);
    for (int i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c < f.firstChar || c > f.lastChar)
            return {ValidationStatus::BadCharacter, i};
        if (c == f.startSentinel || c == f.endSentinel)
            return {ValidationStatus::ContainsSentinel, i};
    }
    if (data.size() > maxDataChars(track))
        return {ValidationStatus::TooLong, -1};
    return {};
}

std::optional<Symbols> encodeRaw(Track track, const QByteArray &data)
{
    if (validate(track, data).status != ValidationStatus::Ok)
        return std::nullopt;
    const Format f = format(track);
    Symbols symbols;
    symbols.reserve(data.size() + 3);
    std::uint8_t lrc = 0;
    const auto add = [&](char c) {
        const std::uint8_t s = symbolFor(f, c);
        symbols.push_back(s);
        lrc ^= std::uint8_t(c - f.firstChar);
    };
    add(f.startSentinel);
    for (char c : data)
        add(c);
    add(f.endSentinel);
    symbols.push_back(withOddParity(lrc, f.dataBits));
    return symbols;
}

QByteArray packBits(const Symbols &symbols, int bitsPerChar, bool lsbFirst)
{
    QByteArray bytes((qsizetype(symbols.size()) * bitsPerChar + 7) / 8, '\0');
    qsizetype bit = 0;
    for (std::uint8_t s : symbols) {
        for (int i = 0; i < bitsPerChar; ++i, ++bit) {
            if ((s >> i) & 1) {
                const int shift = lsbFirst ? int(bit % 8) : 7 - int(bit % 8);
                bytes[bit / 8] = char(std::uint8_t(bytes.at(bit / 8)) | (1u << shift));
            }
        }
    }
    return bytes;
}

Symbols unpackBits(const QByteArray &bytes, int bitsPerChar, bool lsbFirst)
{
    Symbols symbols;
    const qsizetype totalBits = bytes.size() * 8;
    for (qsizetype start = 0; start + bitsPerChar <= totalBits; start += bitsPerChar) {
        std::uint8_t s = 0;
        for (int i = 0; i < bitsPerChar; ++i) {
            const qsizetype bit = start + i;
            const int shift = lsbFirst ? int(bit % 8) : 7 - int(bit % 8);
            if ((std::uint8_t(bytes.at(bit / 8)) >> shift) & 1)
                s |= std::uint8_t(1u << i);
        }
        symbols.push_back(s);
    }
    return symbols;
}

Decoded decodeRaw(Track track, const Symbols &symbols)
{
    const Format f = format(track);
    const std::uint8_t dataMask = std::uint8_t((1u << f.dataBits) - 1);
    const std::uint8_t startCode = std::uint8_t(f.startSentinel - f.firstChar);
    const std::uint8_t endCode = std::uint8_t(f.endSentinel - f.firstChar);

    size_t i = 0;
    while (i < symbols.size() && symbols[i] == 0)
        ++i;
    if (i == symbols.size() || (symbols[i] & dataMask) != startCode)
        return {DecodeStatus::NoStartSentinel, -1, {}};

    if (!hasOddParity(symbols[i]))
        return {DecodeStatus::BadParity, int(i), {}};
    std::uint8_t lrc = startCode;
    ++i;

    QByteArray text;
    bool ended = false;
    for (; i < symbols.size(); ++i) {
        const std::uint8_t s = symbols[i];
        if (!hasOddParity(s))
            return {DecodeStatus::BadParity, int(i), {}};
        const std::uint8_t code = s & dataMask;
        lrc ^= code;
        if (code == endCode) {
            ended = true;
            ++i;
            break;
        }
        text.append(char(code + f.firstChar));
    }
    if (!ended)
        return {DecodeStatus::NoEndSentinel, -1, {}};
    if (i == symbols.size())
        return {DecodeStatus::BadLrc, -1, {}};
    if (!hasOddParity(symbols[i]))
        return {DecodeStatus::BadParity, int(i), {}};
    if ((symbols[i] & dataMask) != lrc)
        return {DecodeStatus::BadLrc, -1, {}};
    return {DecodeStatus::Ok, -1, text};
}

Decoded decodeBitStream(Track track, const QByteArray &bytes, bool lsbFirst)
{
    std::vector<bool> bits;
    bits.reserve(size_t(bytes.size()) * 8);
    for (qsizetype bit = 0; bit < bytes.size() * 8; ++bit) {
        const int shift = lsbFirst ? int(bit % 8) : 7 - int(bit % 8);
        bits.push_back((std::uint8_t(bytes.at(bit / 8)) >> shift) & 1);
    }
    const int bpc = bitsPerChar(track);
    const auto decodeFromFirstOne = [&](const std::vector<bool> &stream) {
        Symbols symbols;
        size_t start = 0;
        while (start < stream.size() && !stream[start])
            ++start;
        for (size_t i = start; i + bpc <= stream.size(); i += bpc) {
            std::uint8_t s = 0;
            for (int b = 0; b < bpc; ++b)
                s |= std::uint8_t(stream[i + b] ? (1u << b) : 0u);
            symbols.push_back(s);
        }
        return decodeRaw(track, symbols);
    };
    const Decoded forward = decodeFromFirstOne(bits);
    if (forward.status == DecodeStatus::Ok)
        return forward;
    const Decoded backward = decodeFromFirstOne(std::vector<bool>(bits.rbegin(), bits.rend()));
    return backward.status == DecodeStatus::Ok ? backward : forward;
}

IsoRead parseIsoRead(Track track, const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes == "+")
        return {IsoReadStatus::Empty, {}};
    if (bytes == "*")
        return {IsoReadStatus::ReadError, {}};
    const Format f = format(track);
    if (bytes.size() < 2 || bytes.front() != f.startSentinel || bytes.back() != f.endSentinel)
        return {IsoReadStatus::Malformed, {}};
    const QByteArray text = bytes.mid(1, bytes.size() - 2);
    if (validate(track, text).status != ValidationStatus::Ok)
        return {IsoReadStatus::Malformed, {}};
    if (text.isEmpty())
        return {IsoReadStatus::Empty, {}};
    return {IsoReadStatus::Ok, text};
}

std::optional<QByteArray> loyaltyTrack2(const QByteArray &cardNumber,
                                        const QByteArray &expiryYYMM,
                                        char keyVersionDigit,
                                        const QByteArray &mac8Digits)
{
    if (cardNumber.isEmpty() || !allDigits(cardNumber) || !isValidYYMM(expiryYYMM) || !isDigit(keyVersionDigit) ||
        mac8Digits.size() != 8 || !allDigits(mac8Digits))
        return std::nullopt;
    QByteArray text = cardNumber;
    text.append('=').append(expiryYYMM).append(keyVersionDigit).append(mac8Digits);
    if (validate(Track::Two, text).status != ValidationStatus::Ok)
        return std::nullopt;
    return text;
}

std::optional<LoyaltyTrack2> parseLoyaltyTrack2(const QByteArray &text)
{
    // Fixed tail after the separator: YYMM, key version, 8 MAC digits.
    constexpr int tailSize = 4 + 1 + 8;
    const qsizetype sep = text.indexOf('=');
    if (sep <= 0 || text.size() - sep - 1 != tailSize)
        return std::nullopt;
    const QByteArray number = text.left(sep);
    const QByteArray tail = text.mid(sep + 1);
    if (!allDigits(number) || !allDigits(tail))
        return std::nullopt;
    LoyaltyTrack2 fields{number, tail.left(4), tail.at(4), tail.mid(5)};
    if (!isValidYYMM(fields.expiryYYMM))
        return std::nullopt;
    return fields;
}

std::optional<QByteArray> loyaltyTrack1(char formatCode,
                                        const QByteArray &cardNumber,
                                        const QString &name,
                                        const QByteArray &expiryYYMM,
                                        char keyVersion,
                                        const QByteArray &macBase36)
{
    if (formatCode < 'A' || formatCode > 'Z' || formatCode == 'B')
        return std::nullopt;
    if (cardNumber.isEmpty() || !allDigits(cardNumber) || !isValidYYMM(expiryYYMM) || !isDigit(keyVersion))
        return std::nullopt;
    if (macBase36.isEmpty())
        return std::nullopt;
    for (char c : macBase36) {
        if (!isDigit(c) && !(c >= 'A' && c <= 'Z'))
            return std::nullopt;
    }
    const Format f = format(Track::One);
    QByteArray upperName;
    for (QChar qc : name.toUpper()) {
        const char16_t u = qc.unicode();
        if (u < char16_t(f.firstChar) || u > char16_t(f.lastChar) || u == char16_t(f.startSentinel) ||
            u == char16_t(f.endSentinel) || u == char16_t(f.separator))
            return std::nullopt;
        upperName.append(char(u));
    }
    if (upperName.isEmpty())
        return std::nullopt;
    QByteArray text(1, formatCode);
    text.append(cardNumber).append(f.separator).append(upperName).append(f.separator);
    text.append(expiryYYMM).append(keyVersion).append(macBase36);
    if (validate(Track::One, text).status != ValidationStatus::Ok)
        return std::nullopt;
    return text;
}

} // namespace Club::Devices::TrackCodec
