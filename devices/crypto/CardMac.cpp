// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardMac.h"

#include "KeyDiversifier.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <optional>

namespace Club::Devices {

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacDeleter> ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return {};
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key.constData()), key.size(), params) != 1)
        return {};
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(message.constData()), message.size())
        != 1)
        return {};
    QByteArray out(32, '\0');
    size_t outLen = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, out.size()) != 1
        || outLen != 32)
        return {};
    return out;
}

// The first 8 bytes of the HMAC as a big-endian integer; the modulo bias of 10^8 or 36^8
// against 2^64 is below 2^-30 and irrelevant here.
std::optional<quint64> magstripeValue(const QByteArray &key, const QString &cardNumber, const QString &expiryYymm)
{
    if (key.isEmpty() || cardNumber.isEmpty() || expiryYymm.isEmpty())
        return std::nullopt;
    const QByteArray message = cardNumber.toLatin1() + '=' + expiryYymm.toLatin1();
    QByteArray digest = hmacSha256(key, message);
    if (digest.size() != 32)
        return std::nullopt;
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    OPENSSL_cleanse(digest.data(), size_t(digest.size()));
    return value;
}

QString inBase(quint64 value, quint64 base, int length)
{
    static constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out(length, QLatin1Char('0'));
    for (int i = length - 1; i >= 0; --i) {
        out[i] = QLatin1Char(digits[value % base]);
        value /= base;
    }
    return out;
}

CardMac::Check compare(const QByteArray &expected, const QByteArray &actual)
{
    if (expected.isEmpty() || expected.size() != actual.size())
        return CardMac::Check::Malformed;
    return CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(expected.size())) == 0
        ? CardMac::Check::Valid
        : CardMac::Check::Mismatch;
}

} // namespace

QByteArray CardMac::sectorMacKey(const QByteArray &masterMacKey16, const QByteArray &uid)
{
    if (uid.size() != 4 && uid.size() != 7 && uid.size() != 10)
        return {};
    return KeyDiversifier::an10922(masterMacKey16, uid + QByteArray("MAC", 3));
}

QByteArray CardMac::sectorMac(const QByteArray &masterMacKey16, const QByteArray &uid, const QByteArray &block4,
                              const QByteArray &block5)
{
    if (block4.size() != BlockSize || (block5.size() != BlockSize && block5.size() != SectorMacSize))
        return {};
    QByteArray key = sectorMacKey(masterMacKey16, uid);
    if (key.isEmpty())
        return {};
    const QByteArray cmac = KeyDiversifier::aesCmac(key, uid + block4 + block5.left(8));
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    return cmac.size() == KeyDiversifier::KeySize ? cmac.left(SectorMacSize) : QByteArray();
}

CardMac::Check CardMac::verifySectorMac(const QByteArray &masterMacKey16, const QByteArray &uid,
                                        const QByteArray &block4, const QByteArray &block5)
{
    if (block5.size() != BlockSize)
        return Check::Malformed;
    return compare(sectorMac(masterMacKey16, uid, block4, block5), block5.mid(8));
}

QString CardMac::magstripeMacDigits(const QByteArray &hmacKey, const QString &cardNumber, const QString &expiryYymm)
{
    const auto value = magstripeValue(hmacKey, cardNumber, expiryYymm);
    return value ? inBase(*value % 100000000ULL, 10, MagstripeMacLength) : QString();
}

QString CardMac::magstripeMacBase36(const QByteArray &hmacKey, const QString &cardNumber, const QString &expiryYymm)
{
    const auto value = magstripeValue(hmacKey, cardNumber, expiryYymm);
    constexpr quint64 base36Pow8 = 36ULL * 36 * 36 * 36 * 36 * 36 * 36 * 36;
    return value ? inBase(*value % base36Pow8, 36, MagstripeMacLength) : QString();
}

CardMac::Check CardMac::verifyMagstripeMacDigits(const QByteArray &hmacKey, const QString &cardNumber,
                                                 const QString &expiryYymm, const QString &mac)
{
    return compare(magstripeMacDigits(hmacKey, cardNumber, expiryYymm).toLatin1(), mac.toLatin1());
}

CardMac::Check CardMac::verifyMagstripeMacBase36(const QByteArray &hmacKey, const QString &cardNumber,
                                                 const QString &expiryYymm, const QString &mac)
{
    return compare(magstripeMacBase36(hmacKey, cardNumber, expiryYymm).toLatin1(), mac.toUpper().toLatin1());
}

} // namespace Club::Devices
