// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HMAC and SHA-256 from libsodium, which the core already links for the key vault; its
// sodium_memcmp is the constant-time compare the contract asks for.
#include "RequestSigning.h"

#include <sodium.h>

namespace Club::Core::RequestSigning {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
} // namespace

QByteArray bodyHash(QByteArrayView body)
{
    sodiumReady();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes(body), quint64(body.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QByteArray canonical(QByteArrayView method, QByteArrayView pathWithQuery, qint64 timestamp, QByteArrayView nonce,
                     QByteArrayView body, QByteArrayView sessionToken)
{
    QByteArray out;
    out.reserve(method.size() + pathWithQuery.size() + nonce.size() + sessionToken.size() + 96);
    out.append(method.toByteArray().toUpper()).append('\n');
    out.append(pathWithQuery).append('\n');
    out.append(QByteArray::number(timestamp)).append('\n');
    out.append(nonce).append('\n');
    out.append(bodyHash(body)).append('\n');
    out.append(sessionToken);
    return out;
}

QByteArray signature(QByteArrayView secret, QByteArrayView canonicalBytes)
{
    sodiumReady();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytes(secret), size_t(secret.size()));
    crypto_auth_hmacsha256_update(&state, bytes(canonicalBytes), quint64(canonicalBytes.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    const QByteArray encoded = toBase64Url(QByteArrayView(reinterpret_cast<const char *>(mac), sizeof mac));
    sodium_memzero(mac, sizeof mac);
    return encoded;
}

bool verify(QByteArrayView secret, QByteArrayView canonicalBytes, QByteArrayView receivedSignature)
{
    if (secret.isEmpty() || receivedSignature.isEmpty())
        return false;
    return constantTimeEquals(signature(secret, canonicalBytes), receivedSignature);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    sodiumReady();
    return sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray randomBytes(int size)
{
    sodiumReady();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray newNonce()
{
    return toBase64Url(randomBytes(kNonceSize));
}

QByteArray toBase64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding
                                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QList<QPair<QByteArray, QByteArray>> headers(QByteArrayView terminalId, QByteArrayView secret, QByteArrayView method,
                                             QByteArrayView pathWithQuery, QByteArrayView body,
                                             QByteArrayView sessionToken, qint64 timestamp, QByteArrayView nonce)
{
    const QByteArray n = nonce.isEmpty() ? newNonce() : nonce.toByteArray();
    const QByteArray canon = canonical(method, pathWithQuery, timestamp, n, body, sessionToken);
    QList<QPair<QByteArray, QByteArray>> out;
    out.append({kTerminalHeader.toByteArray(), terminalId.toByteArray()});
    out.append({kTimestampHeader.toByteArray(), QByteArray::number(timestamp)});
    out.append({kNonceHeader.toByteArray(), n});
    if (!sessionToken.isEmpty())
        out.append({kSessionHeader.toByteArray(), sessionToken.toByteArray()});
    out.append({kSignatureHeader.toByteArray(), signature(secret, canon)});
    return out;
}

} // namespace Club::Core::RequestSigning
