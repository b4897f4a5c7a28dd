// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardKeys.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace Club::Devices {

namespace {

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

QByteArray hkdf(const QByteArray &secret, const QByteArray &info, int length)
{
    static const QByteArray salt = QByteArrayLiteral("club-card-keys");
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) <= 0
        || EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), reinterpret_cast<const unsigned char *>(salt.constData()),
                                       int(salt.size()))
               <= 0
        || EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), reinterpret_cast<const unsigned char *>(secret.constData()),
                                      int(secret.size()))
               <= 0
        || EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), reinterpret_cast<const unsigned char *>(info.constData()),
                                       int(info.size()))
               <= 0)
        return {};
    QByteArray out(length, '\0');
    size_t outLength = size_t(length);
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength) <= 0
        || outLength != size_t(length))
        return {};
    return out;
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

bool CardKeys::isValid() const
{
    return version >= 1 && version <= 9 && classicMaster.size() == 16 && macMaster.size() == 16
           && stripeHmac.size() == 32;
}

CardKeys CardKeys::derive(int version, const QByteArray &masterSecret32)
{
    if (masterSecret32.size() != MasterSecretSize || version < 1 || version > 9)
        return {};
    const QByteArray suffix = QByteArrayLiteral("/v").append(QByteArray::number(version));
    CardKeys keys;
    keys.version = version;
    keys.classicMaster = hkdf(masterSecret32, QByteArrayLiteral("mifare-classic").append(suffix), 16);
    keys.macMaster = hkdf(masterSecret32, QByteArrayLiteral("sector-mac").append(suffix), 16);
    keys.stripeHmac = hkdf(masterSecret32, QByteArrayLiteral("magstripe-hmac").append(suffix), 32);
    if (!keys.isValid()) {
        keys.wipe();
        return {};
    }
    return keys;
}

void CardKeys::wipe()
{
    wipeBytes(classicMaster);
    wipeBytes(macMaster);
    wipeBytes(stripeHmac);
    version = 0;
}

} // namespace Club::Devices
