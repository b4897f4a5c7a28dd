// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDiversifier.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace Club::Devices {

namespace {

constexpr int BlockSize = 16;

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// AES-128-ECB with no padding: the raw block cipher, used for the AN10922 forced padding
// that EVP_MAC's CMAC cannot express.
QByteArray aesEcb(const QByteArray &key16, const QByteArray &blocks)
{
    std::unique_ptr<EVP_CIPHER_CTX, MacDeleter> ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return {};
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ecb(), nullptr,
                           reinterpret_cast<const unsigned char *>(key16.constData()), nullptr)
        != 1)
        return {};
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(blocks.size() + BlockSize, '\0');
    int len = 0;
    if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(blocks.constData()), int(blocks.size()))
        != 1)
        return {};
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &tail) != 1)
        return {};
    out.truncate(len + tail);
    return out;
}

// RFC 4493 subkey doubling in GF(2^128).
QByteArray doubled(const QByteArray &block)
{
    QByteArray out(BlockSize, '\0');
    const auto *in = reinterpret_cast<const unsigned char *>(block.constData());
    for (int i = 0; i < BlockSize; ++i) {
        const unsigned char next = i + 1 < BlockSize ? in[i + 1] : 0;
        out[i] = char((in[i] << 1) | (next >> 7));
    }
    if (in[0] & 0x80)
        out[BlockSize - 1] = char(out[BlockSize - 1] ^ 0x87);
    return out;
}

} // namespace

QByteArray KeyDiversifier::aesCmac(const QByteArray &key16, const QByteArray &message)
{
    if (key16.size() != KeySize)
        return {};
    std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr));
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacDeleter> ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return {};
    char cipher[] = "AES-128-CBC";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipher, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key16.constData()), key16.size(), params)
        != 1)
        return {};
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(message.constData()), message.size())
        != 1)
        return {};
    QByteArray out(BlockSize, '\0');
    size_t outLen = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, out.size()) != 1
        || outLen != size_t(BlockSize))
        return {};
    return out;
}

QByteArray KeyDiversifier::an10922(const QByteArray &masterKey16, const QByteArray &diversificationInput)
{
    if (masterKey16.size() != KeySize || diversificationInput.isEmpty()
        || diversificationInput.size() > MaxDiversificationInput)
        return {};

    QByteArray m(1, '\x01');
    m.append(diversificationInput);
    if (m.size() == 2 * BlockSize)
        return aesCmac(masterKey16, m); // complete final block: plain CMAC uses K1

    QByteArray l = aesEcb(masterKey16, QByteArray(BlockSize, '\0'));
    if (l.size() != BlockSize)
        return {};
    QByteArray k2 = doubled(doubled(l));

    m.append('\x80');
    m.append(QByteArray(2 * BlockSize - m.size(), '\0'));
    for (int i = 0; i < BlockSize; ++i)
        m[BlockSize + i] = char(m[BlockSize + i] ^ k2[i]);

    // CBC-MAC over the two blocks, chained by hand on the ECB block cipher.
    QByteArray first = aesEcb(masterKey16, m.left(BlockSize));
    QByteArray result;
    if (first.size() == BlockSize) {
        QByteArray second = m.mid(BlockSize);
        for (int i = 0; i < BlockSize; ++i)
            second[i] = char(second[i] ^ first[i]);
        result = aesEcb(masterKey16, second);
        OPENSSL_cleanse(second.data(), size_t(second.size()));
    }
    OPENSSL_cleanse(m.data(), size_t(m.size()));
    OPENSSL_cleanse(k2.data(), size_t(k2.size()));
    OPENSSL_cleanse(l.data(), size_t(l.size()));
    OPENSSL_cleanse(first.data(), size_t(first.size()));
    return result.size() == BlockSize ? result : QByteArray();
}

QByteArray KeyDiversifier::mifareClassicKey(const QByteArray &masterKey16, const QByteArray &uid, quint16 sector,
                                            bool keyB)
{
    if (uid.size() != 4 && uid.size() != 7 && uid.size() != 10)
        return {};
    QByteArray input = uid;
    input.append("MFC", 3);
    input.append(char(sector >> 8));
    input.append(char(sector & 0xFF));
    input.append(keyB ? 'B' : 'A');
    QByteArray key = an10922(masterKey16, input);
    if (key.size() != KeySize)
        return {};
    const QByteArray classicKey = key.left(6);
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    return classicKey;
}

} // namespace Club::Devices
