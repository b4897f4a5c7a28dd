// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyStripe.h"

#include "crypto/CardKeys.h"
#include "crypto/CardMac.h"
#include "magstripe/TrackCodec.h"

#include <optional>

namespace Club::Devices {

namespace {
constexpr int NumberDigits = 16;
constexpr int MacChars = 8;

struct Fields
{
    QString number;
    QString yymm;
    int keyVersion = 0;
    QString mac;
    QString name;
};

bool allDigits(const QByteArray &s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return !s.isEmpty();
}

bool base36(const QByteArray &s)
{
    for (char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

std::optional<Fields> parseTrack2(const QByteArray &text)
{
    const auto t = TrackCodec::parseLoyaltyTrack2(text);
    if (!t || t->cardNumber.size() != NumberDigits)
        return std::nullopt;
    return Fields{QString::fromLatin1(t->cardNumber), QString::fromLatin1(t->expiryYYMM), t->keyVersion - '0',
                  QString::fromLatin1(t->mac), {}};
}

std::optional<Fields> parseTrack1(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('^');
    if (parts.size() != 3 || parts.at(0).size() != 1 + NumberDigits || parts.at(0).at(0) != LoyaltyStripe::FormatCode)
        return std::nullopt;
    const QByteArray number = parts.at(0).mid(1);
    const QByteArray tail = parts.at(2);
    if (!allDigits(number) || parts.at(1).isEmpty() || tail.size() != 4 + 1 + MacChars)
        return std::nullopt;
    const QByteArray yymm = tail.left(4);
    const char version = tail.at(4);
    const QByteArray mac = tail.mid(5);
    if (!allDigits(yymm) || version < '0' || version > '9' || !base36(mac))
        return std::nullopt;
    const int month = yymm.mid(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return Fields{QString::fromLatin1(number), QString::fromLatin1(yymm), version - '0', QString::fromLatin1(mac),
                  QString::fromLatin1(parts.at(1))};
}
} // namespace

LoyaltyStripe::Tracks LoyaltyStripe::compose(const LoyaltyCardData &data, const QString &name, const CardKeys &keys)
{
    Tracks out;
    if (!keys.isValid() || keys.version != data.keyVersion) {
        out.error = Error::InvalidKeys;
        return out;
    }
    if (data.cardNumber.size() != NumberDigits || !LoyaltyCardLayout::luhnValid(data.cardNumber)
        || !data.expiry.isValid() || data.expiry.year() < 2000 || data.expiry.year() > 2099) {
        out.error = Error::InvalidData;
        return out;
    }
    const QString yymm = data.expiry.toString(QStringLiteral("yyMM"));
    const QString digits = CardMac::magstripeMacDigits(keys.stripeHmac, data.cardNumber, yymm);
    const QString b36 = CardMac::magstripeMacBase36(keys.stripeHmac, data.cardNumber, yymm);
    const char version = char('0' + data.keyVersion);
    const auto t2 = TrackCodec::loyaltyTrack2(data.cardNumber.toLatin1(), yymm.toLatin1(), version, digits.toLatin1());
    if (!t2) {
        out.error = Error::InvalidData;
        return out;
    }
    const auto t1 = TrackCodec::loyaltyTrack1(FormatCode, data.cardNumber.toLatin1(), name, yymm.toLatin1(), version,
                                              b36.toLatin1());
    if (!t1) {
        out.error = Error::InvalidName;
        return out;
    }
    out.track1 = *t1;
    out.track2 = *t2;
    return out;
}

LoyaltyStripe::Read LoyaltyStripe::parse(const QByteArray &track1, const QByteArray &track2,
                                         const QList<CardKeys> &keys)
{
    Read out;
    if (track1.isEmpty() && track2.isEmpty())
        return out;
    out.check = Check::Foreign;
    if (!track1.isEmpty() && track1.at(0) == 'B')
        return out; // a bank card: never look further
    std::optional<Fields> f1, f2;
    if (!track1.isEmpty() && !(f1 = parseTrack1(track1)))
        return out;
    if (!track2.isEmpty() && !(f2 = parseTrack2(track2)))
        return out;
    const Fields &f = f2 ? *f2 : *f1;
    out.cardNumber = f.number;
    out.expiryYymm = f.yymm;
    out.keyVersion = f.keyVersion;
    out.name = f1 ? f1->name : QString();
    if (f1 && f2 && (f1->number != f2->number || f1->yymm != f2->yymm || f1->keyVersion != f2->keyVersion)) {
        out.check = Check::Forged;
        return out;
    }
    if (!LoyaltyCardLayout::luhnValid(f.number)) {
        out.check = Check::Forged;
        return out;
    }
    const CardKeys *key = nullptr;
    for (const CardKeys &k : keys) {
        if (k.isValid() && k.version == f.keyVersion)
            key = &k;
    }
    if (!key) {
        out.check = Check::UnknownKeyVersion;
        return out;
    }
    const bool ok1 = !f1
        || CardMac::verifyMagstripeMacBase36(key->stripeHmac, f1->number, f1->yymm, f1->mac) == CardMac::Check::Valid;
    const bool ok2 = !f2
        || CardMac::verifyMagstripeMacDigits(key->stripeHmac, f2->number, f2->yymm, f2->mac) == CardMac::Check::Valid;
    out.check = ok1 && ok2 ? Check::Valid : Check::Forged;
    return out;
}

} // namespace Club::Devices
