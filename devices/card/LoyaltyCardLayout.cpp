// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyCardLayout.h"

#include "crypto/CardKeys.h"
#include "crypto/CardMac.h"

#include <optional>

namespace Club::Devices {

namespace {
constexpr int BlockSize = 16;
constexpr int NumberDigits = 16;
const QDate Epoch(2000, 1, 1);

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool validKeyVersion(int version)
{
    return version >= 1 && version <= 9;
}

std::optional<quint16> daysOf(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = Epoch.daysTo(date);
    if (days < 0 || days > 0xFFFF)
        return std::nullopt;
    return quint16(days);
}

void appendBe16(QByteArray *out, quint16 v)
{
    out->append(char(v >> 8)).append(char(v & 0xFF));
}

quint16 be16(const QByteArray &bytes, int offset)
{
    return quint16((quint8(bytes.at(offset)) << 8) | quint8(bytes.at(offset + 1)));
}
} // namespace

bool LoyaltyCardLayout::luhnValid(const QString &digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString LoyaltyCardLayout::maskedNumber(const QString &cardNumber)
{
    if (cardNumber.size() <= 10)
        return QString(cardNumber.size(), QLatin1Char('*'));
    return cardNumber.left(6) + QString(cardNumber.size() - 10, QLatin1Char('*')) + cardNumber.right(4);
}

LoyaltyCardLayout::Blocks LoyaltyCardLayout::encode(const LoyaltyCardData &data, const QByteArray &uid,
                                                    const CardKeys &keys)
{
    Blocks out;
    if (!validKeyVersion(data.keyVersion) || data.keyVersion != keys.version) {
        out.error = Error::BadKeyVersion;
        return out;
    }
    if (data.cardNumber.size() != NumberDigits || !allDigits(data.cardNumber)) {
        out.error = Error::BadCardNumber;
        return out;
    }
    if (!luhnValid(data.cardNumber)) {
        out.error = Error::BadLuhn;
        return out;
    }
    const auto issue = daysOf(data.issueDate);
    const auto expiry = daysOf(data.expiry);
    if (!issue || !expiry) {
        out.error = Error::BadDate;
        return out;
    }
    if (!keys.isValid()) {
        out.error = Error::BadKeys;
        return out;
    }

    QByteArray b4;
    b4.reserve(BlockSize);
    b4.append('L').append('Y').append(char(LayoutVersion)).append(char(data.keyVersion));
    appendBe16(&b4, data.programmeId);
    for (int i = 0; i < NumberDigits; i += 2) {
        const int hi = data.cardNumber.at(i).unicode() - '0';
        const int lo = data.cardNumber.at(i + 1).unicode() - '0';
        b4.append(char((hi << 4) | lo));
    }
    appendBe16(&b4, *issue);

    QByteArray b5;
    b5.reserve(BlockSize);
    appendBe16(&b5, *expiry);
    b5.append(char(data.flags));
    b5.append(QByteArray(5, '\0'));
    const QByteArray mac = CardMac::sectorMac(keys.macMaster, uid, b4, b5);
    if (mac.size() != CardMac::SectorMacSize) {
        out.error = Error::BadKeys;
        return out;
    }
    b5.append(mac);
    out.block4 = b4;
    out.block5 = b5;
    return out;
}

bool LoyaltyCardLayout::hasMagic(const QByteArray &block4)
{
    return block4.size() == BlockSize && block4.startsWith("LY");
}

LoyaltyCardLayout::Decoded LoyaltyCardLayout::decode(const QByteArray &block4, const QByteArray &block5)
{
    Decoded out;
    if (block4.size() != BlockSize || block5.size() != BlockSize) {
        out.error = Error::BadLength;
        return out;
    }
    if (!hasMagic(block4)) {
        out.error = Error::BadMagic;
        return out;
    }
    if (quint8(block4.at(2)) != LayoutVersion) {
        out.error = Error::BadLayoutVersion;
        return out;
    }
    const int keyVersion = quint8(block4.at(3));
    if (!validKeyVersion(keyVersion)) {
        out.error = Error::BadKeyVersion;
        return out;
    }
    QString number;
    number.reserve(NumberDigits);
    for (int i = 6; i < 14; ++i) {
        const auto byte = quint8(block4.at(i));
        const int hi = byte >> 4;
        const int lo = byte & 0x0F;
        if (hi > 9 || lo > 9) {
            out.error = Error::BadCardNumber;
            return out;
        }
        number.append(QLatin1Char(char('0' + hi))).append(QLatin1Char(char('0' + lo)));
    }
    if (!luhnValid(number)) {
        out.error = Error::BadLuhn;
        return out;
    }
    for (int i = 3; i < 8; ++i) {
        if (block5.at(i) != '\0') {
            out.error = Error::BadReserved;
            return out;
        }
    }
    out.data.keyVersion = keyVersion;
    out.data.programmeId = be16(block4, 4);
    out.data.cardNumber = number;
    out.data.issueDate = Epoch.addDays(be16(block4, 14));
    out.data.expiry = Epoch.addDays(be16(block5, 0));
    out.data.flags = quint8(block5.at(2));
    return out;
}

bool LoyaltyCardLayout::verifyMac(const QByteArray &uid, const QByteArray &block4, const QByteArray &block5,
                                  const CardKeys &keys)
{
    return keys.isValid() && CardMac::verifySectorMac(keys.macMaster, uid, block4, block5) == CardMac::Check::Valid;
}

} // namespace Club::Devices
