// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed card master keys. A sealed row's plaintext is [version byte][32-byte secret], so a
// row copied over another version's row does not open as that version. Secrets and derived
// keys only ever live in sodium_malloc'd buffers; QString passphrases cannot be wiped by us,
// their UTF-8 copies are.
#include "KeyVault.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>
#include <utility>

namespace Club::Core {

const QString KeyVault::kWrongPassphrase = QStringLiteral("card_keys.wrong_passphrase");
const QString KeyVault::kWrongTransferPassphrase = QStringLiteral("card_keys.wrong_transfer_passphrase");
const QString KeyVault::kLockedOut = QStringLiteral("card_keys.locked_out");
const QString KeyVault::kPassphraseTooShort = QStringLiteral("card_keys.passphrase_too_short");
const QString KeyVault::kNoKeys = QStringLiteral("card_keys.none");
const QString KeyVault::kAlreadyCreated = QStringLiteral("card_keys.already_created");
const QString KeyVault::kVersionsExhausted = QStringLiteral("card_keys.versions_exhausted");
const QString KeyVault::kNotUnlocked = QStringLiteral("card_keys.not_unlocked");
const QString KeyVault::kBadBundle = QStringLiteral("card_keys.bad_bundle");
const QString KeyVault::kVersionConflict = QStringLiteral("card_keys.version_conflict");
const QString KeyVault::kDamaged = QStringLiteral("card_keys.damaged");
const QString KeyVault::kCryptoFailed = QStringLiteral("card_keys.crypto_failed");

namespace {
constexpr int kSecret = UnlockedKeys::kSecretSize;
constexpr int kPlain = 1 + kSecret; // version byte + secret
const QString kEntity = QStringLiteral("card_keys");
const QString kBundleFormat = QStringLiteral("ccm-card-keys");
constexpr int kBundleFormatVersion = 1;

// Audit actions that are a passphrase attempt: the lockout looks at the last five of them.
const QString kActFailed = QStringLiteral("card_keys.wrong_passphrase");
const QString kActUnlock = QStringLiteral("card_keys.unlock");
const QString kActChange = QStringLiteral("card_keys.passphrase_change");
const QString kActRotate = QStringLiteral("card_keys.rotate");
const QString kActImport = QStringLiteral("card_keys.import");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error failure(Error::Code code, const QString &message, const QString &key, const QString &field = {})
{
    return Error::make(code, message, key, field);
}

// Both engines hand a BLOB/BYTEA back as a QByteArray.
QByteArray bytesOf(const QVariant &v)
{
    return v.toByteArray();
}

bool limitsAcceptable(quint64 ops, quint64 mem)
{
    // Refuses costs a hostile bundle or row could use to exhaust memory or time.
    return ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= crypto_pwhash_OPSLIMIT_SENSITIVE * 2
           && mem >= crypto_pwhash_MEMLIMIT_MIN && mem <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

// A sodium_malloc'd buffer that frees (and so wipes) itself.
class SecureBuffer
{
public:
    explicit SecureBuffer(size_t size) : m_size(size), m_ptr(static_cast<unsigned char *>(sodium_malloc(size))) {}
    ~SecureBuffer()
    {
        if (m_ptr)
            sodium_free(m_ptr);
    }
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    bool ok() const { return m_ptr != nullptr; }
    unsigned char *data() const { return m_ptr; }
    size_t size() const { return m_size; }

private:
    size_t m_size;
    unsigned char *m_ptr;
};

QString normalizedPassphrase(const QString &passphrase)
{
    // The same passphrase typed with another input method gives the same bytes.
    return passphrase.normalized(QString::NormalizationForm_C);
}
} // namespace

// --- UnlockedKeys -------------------------------------------------------------------

UnlockedKeys::~UnlockedKeys()
{
    if (m_mem)
        sodium_free(m_mem);
}

UnlockedKeys::UnlockedKeys(UnlockedKeys &&other) noexcept
    : m_mem(std::exchange(other.m_mem, nullptr))
    , m_present(std::exchange(other.m_present, 0))
    , m_active(std::exchange(other.m_active, 0))
{}

UnlockedKeys &UnlockedKeys::operator=(UnlockedKeys &&other) noexcept
{
    if (this != &other) {
        if (m_mem)
            sodium_free(m_mem);
        m_mem = std::exchange(other.m_mem, nullptr);
        m_present = std::exchange(other.m_present, 0);
        m_active = std::exchange(other.m_active, 0);
    }
    return *this;
}

bool UnlockedKeys::has(int version) const
{
    return version >= 1 && version <= kMaxVersion && (m_present & (1u << version)) != 0;
}

QList<int> UnlockedKeys::versions() const
{
    QList<int> out;
    for (int v = 1; v <= kMaxVersion; ++v) {
        if (has(v))
            out.append(v);
    }
    return out;
}

unsigned char *UnlockedKeys::slot(int version) const
{
    return m_mem + (version - 1) * kSecretSize;
}

QByteArray UnlockedKeys::secret(int version) const
{
    if (!has(version))
        return {};
    return QByteArray(reinterpret_cast<const char *>(slot(version)), kSecretSize);
}

bool UnlockedKeys::put(int version, const unsigned char *secret)
{
    if (version < 1 || version > kMaxVersion || !sodiumReady())
        return false;
    if (!m_mem) {
        m_mem = static_cast<unsigned char *>(sodium_malloc(size_t(kMaxVersion) * kSecretSize));
        if (!m_mem)
            return false;
    } else {
        sodium_mprotect_readwrite(m_mem);
    }
    std::memcpy(slot(version), secret, kSecretSize);
    m_present |= 1u << version;
    // Read-only between changes, so a stray write cannot corrupt a secret.
    sodium_mprotect_readonly(m_mem);
    return true;
}

void UnlockedKeys::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// --- KeyVault -------------------------------------------------------------------------

KeyVault::Limits KeyVault::Limits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyVault::Limits KeyVault::Limits::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

struct KeyVault::Row
{
    int version = 0;
    QByteArray salt;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    QByteArray nonce;
    QByteArray sealed;
    bool active = false;
};

// A key derived from a passphrase with one salt and cost.
struct KeyVault::SealKey
{
    QByteArray salt;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    std::unique_ptr<SecureBuffer> key;

    bool derive(const QString &passphrase)
    {
        if (!sodiumReady() || salt.size() != crypto_pwhash_SALTBYTES || !limitsAcceptable(opslimit, memlimit))
            return false;
        key = std::make_unique<SecureBuffer>(crypto_secretbox_KEYBYTES);
        if (!key->ok())
            return false;
        QByteArray utf8 = normalizedPassphrase(passphrase).toUtf8();
        const int rc = crypto_pwhash(key->data(), crypto_secretbox_KEYBYTES, utf8.constData(),
                                     static_cast<unsigned long long>(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), opslimit,
                                     size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13);
        UnlockedKeys::wipe(utf8);
        return rc == 0;
    }

    static SealKey fresh(Limits limits)
    {
        SealKey k;
        k.salt.resize(crypto_pwhash_SALTBYTES);
        randombytes_buf(k.salt.data(), size_t(k.salt.size()));
        k.opslimit = limits.opslimit;
        k.memlimit = limits.memlimit;
        return k;
    }

    bool sameParams(const Row &row) const
    {
        return salt == row.salt && opslimit == row.opslimit && memlimit == row.memlimit;
    }

    // nonce + ciphertext of plain; empty on failure.
    std::pair<QByteArray, QByteArray> seal(const unsigned char *plain, size_t size) const
    {
        QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        QByteArray box(qsizetype(size + crypto_secretbox_MACBYTES), Qt::Uninitialized);
        if (crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), plain, size,
                                  reinterpret_cast<const unsigned char *>(nonce.constData()), key->data())
            != 0)
            return {};
        return {nonce, box};
    }

    // Opens into out (out->size() must be the plaintext size); false when the MAC fails.
    bool open(const QByteArray &nonce, const QByteArray &box, SecureBuffer &out) const
    {
        if (nonce.size() != crypto_secretbox_NONCEBYTES
            || box.size() != qsizetype(out.size() + crypto_secretbox_MACBYTES))
            return false;
        return crypto_secretbox_open_easy(out.data(), reinterpret_cast<const unsigned char *>(box.constData()),
                                          static_cast<unsigned long long>(box.size()),
                                          reinterpret_cast<const unsigned char *>(nonce.constData()), key->data())
               == 0;
    }
};

KeyVault::KeyVault(Database &db, const Clock &clock, Limits limits)
    : m_db(db)
    , m_clock(clock)
    , m_limits(limits)
    , m_audit(db, clock)
{
    sodiumReady();
}

namespace {
Status checkPassphraseLength(const QString &passphrase, const QString &field)
{
    if (normalizedPassphrase(passphrase).size() < KeyVault::kMinPassphraseLength)
        return failure(Error::Code::Invalid,
                       KeyVault::tr("A key passphrase must have at least %1 characters.")
                           .arg(KeyVault::kMinPassphraseLength),
                       KeyVault::kPassphraseTooShort, field);
    return {};
}

Error cryptoFailed()
{
    return failure(Error::Code::Storage, KeyVault::tr("The card keys could not be secured. Try again."),
                   KeyVault::kCryptoFailed);
}

Error noKeys()
{
    return failure(Error::Code::NotFound, KeyVault::tr("No card keys have been created for this club yet."),
                   KeyVault::kNoKeys);
}

Error damaged(int version)
{
    return failure(Error::Code::Storage,
                   KeyVault::tr("The stored card key %1 is damaged and cannot be opened.").arg(version),
                   KeyVault::kDamaged);
}
} // namespace

Result<QList<CardKeyVersion>> KeyVault::versions(const Actor &actor) const
{
    if (Status s = require(actor, Permission::CardKeysUse); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT k.version, k.active, k.created_at, COALESCE(o.full_name, '') "
                                    "FROM card_key_versions k LEFT JOIN operators o ON o.id = k.created_by "
                                    "ORDER BY k.version"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CardKeyVersion> out;
    while (q.next()) {
        CardKeyVersion v;
        v.version = q.value(0).toInt();
        v.active = q.value(1).toInt() != 0;
        v.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        v.createdBy = q.value(3).toString();
        out.append(v);
    }
    return out;
}

Result<QList<KeyVault::Row>> KeyVault::loadRows() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT version, salt, opslimit, memlimit, nonce, sealed, active "
                                    "FROM card_key_versions ORDER BY version"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.version = q.value(0).toInt();
        r.salt = bytesOf(q.value(1));
        r.opslimit = q.value(2).toULongLong();
        r.memlimit = q.value(3).toULongLong();
        r.nonce = bytesOf(q.value(4));
        r.sealed = bytesOf(q.value(5));
        r.active = q.value(6).toInt() != 0;
        rows.append(r);
    }
    return rows;
}

Status KeyVault::auditNow(const Actor &actor, const QString &action, int version, const QString &detail)
{
    // Its own transaction, committed even though the caller then fails: that is what
    // makes the failure count (and the record of a refusal) stick.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = m_audit.record(actor, action, kEntity, version > 0 ? Id(version) : kNoId, detail); !s)
        return s;
    return tx.commit();
}

Status KeyVault::checkLockout(const Actor &actor)
{
    SqlQuery q(m_db, QStringLiteral("SELECT action, at FROM audit_log WHERE entity = :e AND action IN "
                                    "(:f, :u, :c, :r, :i) ORDER BY id DESC LIMIT %1")
                         .arg(kMaxFailures));
    q.bind(QStringLiteral(":e"), kEntity)
        .bind(QStringLiteral(":f"), kActFailed)
        .bind(QStringLiteral(":u"), kActUnlock)
        .bind(QStringLiteral(":c"), kActChange)
        .bind(QStringLiteral(":r"), kActRotate)
        .bind(QStringLiteral(":i"), kActImport);
    if (Status s = q.exec(); !s)
        return s;
    QList<QDateTime> failures;
    while (q.next()) {
        if (q.value(0).toString() != kActFailed)
            break;
        failures.append(QDateTime::fromString(q.value(1).toString(), Qt::ISODate));
    }
    q.raw().finish();
    if (failures.size() < kMaxFailures)
        return {};
    const QDateTime newest = failures.first();
    const QDateTime oldest = failures.last();
    if (oldest.secsTo(newest) > kFailureWindowSecs)
        return {};
    const QDateTime until = newest.addSecs(kLockoutSecs);
    const QDateTime now = m_clock.nowUtc();
    if (now >= until)
        return {};
    if (Status s = auditNow(actor, QStringLiteral("card_keys.locked_out"), 0,
                            QStringLiteral("until %1").arg(until.toString(Qt::ISODate)));
        !s)
        return s;
    const qint64 minutes = (now.secsTo(until) + 59) / 60;
    return failure(Error::Code::Locked,
                   tr("The card keys are locked for %Ln minute(s) after too many wrong passphrases.", nullptr,
                      int(minutes)),
                   kLockedOut);
}

Error KeyVault::wrongPassphrase(const Actor &actor, const QString &field)
{
    if (Status s = auditNow(actor, kActFailed, 0, field); !s)
        return s.error();
    qCWarning(lcAuth) << "wrong card key passphrase from operator" << actor.operatorId;
    return failure(Error::Code::Forbidden, tr("The passphrase is wrong."), kWrongPassphrase, field);
}

// Opens every row with the passphrase; the active row is tried first and decides between
// "wrong passphrase" (counted towards the lockout) and "damaged".
Result<UnlockedKeys> KeyVault::openRows(const Actor &actor, const QList<Row> &rows, const QString &passphrase,
                                        const QString &field, SealKey *activeKey)
{
    if (rows.isEmpty())
        return noKeys();
    if (Status s = checkLockout(actor); !s)
        return s.error();
    QList<Row> ordered = rows;
    std::stable_partition(ordered.begin(), ordered.end(), [](const Row &r) { return r.active; });

    std::vector<SealKey> keys; // one per distinct salt and cost; normally one
    UnlockedKeys out;
    SecureBuffer plain(kPlain);
    if (!plain.ok())
        return cryptoFailed();
    bool first = true;
    for (const Row &row : ordered) {
        auto it = std::find_if(keys.begin(), keys.end(), [&row](const SealKey &k) { return k.sameParams(row); });
        if (it == keys.end()) {
            SealKey k;
            k.salt = row.salt;
            k.opslimit = row.opslimit;
            k.memlimit = row.memlimit;
            if (!k.derive(passphrase))
                return first ? cryptoFailed() : damaged(row.version);
            keys.push_back(std::move(k));
            it = keys.end() - 1;
        }
        if (!it->open(row.nonce, row.sealed, plain) || plain.data()[0] != row.version) {
            if (first)
                return wrongPassphrase(actor, field);
            return damaged(row.version);
        }
        if (!out.put(row.version, plain.data() + 1))
            return cryptoFailed();
        if (row.active)
            out.setActive(row.version);
        first = false;
    }
    if (out.activeVersion() == 0)
        out.setActive(out.versions().constLast());
    // The caller that seals more rows reuses the derived key instead of paying Argon2id twice.
    if (activeKey)
        *activeKey = std::move(keys.front());
    return Result<UnlockedKeys>(std::move(out));
}

Status KeyVault::insertSealed(const Actor &actor, int version, const unsigned char *secret, const SealKey &key,
                              bool active)
{
    SecureBuffer plain(kPlain);
    if (!plain.ok())
        return cryptoFailed();
    plain.data()[0] = static_cast<unsigned char>(version);
    std::memcpy(plain.data() + 1, secret, kSecret);
    const auto [nonce, box] = key.seal(plain.data(), plain.size());
    if (box.isEmpty())
        return cryptoFailed();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_key_versions (version, salt, opslimit, memlimit, nonce, sealed, "
                                    "created_at, created_by, active) VALUES (:v, :s, :o, :m, :n, :x, :at, :by, :a)"));
    q.bind(QStringLiteral(":v"), version)
        .bind(QStringLiteral(":s"), key.salt)
        .bind(QStringLiteral(":o"), qint64(key.opslimit))
        .bind(QStringLiteral(":m"), qint64(key.memlimit))
        .bind(QStringLiteral(":n"), nonce)
        .bind(QStringLiteral(":x"), box)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":a"), active ? 1 : 0);
    return q.exec();
}

Result<int> KeyVault::create(const Actor &actor, const QString &passphrase)
{
    if (Status s = require(actor, Permission::CardKeysManage); !s)
        return s.error();
    if (Status s = checkPassphraseLength(passphrase, QStringLiteral("passphrase")); !s)
        return s.error();
    const Error exists = failure(Error::Code::Conflict,
                                 tr("The card keys already exist. To start a new key version, use New key version on the Devices page."),
                                 kAlreadyCreated);
    Result<QList<Row>> rows = loadRows();
    if (!rows)
        return rows.error();
    if (!rows->isEmpty())
        return exists;
    // Derived before the write lock: Argon2id is slow on purpose.
    SealKey key = SealKey::fresh(m_limits);
    if (!key.derive(passphrase))
        return cryptoFailed();
    SecureBuffer secret(kSecret);
    if (!secret.ok())
        return cryptoFailed();
    randombytes_buf(secret.data(), kSecret);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = insertSealed(actor, 1, secret.data(), key, true); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return exists;
        return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("card_keys.create"), kEntity, 1, QStringLiteral("version=1"));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcAuth) << "card keys created, version 1";
    return 1;
}

Result<UnlockedKeys> KeyVault::unlock(const Actor &actor, const QString &passphrase)
{
    if (Status s = require(actor, Permission::CardKeysUse); !s)
        return s.error();
    Result<QList<Row>> rows = loadRows();
    if (!rows)
        return rows.error();
    Result<UnlockedKeys> keys = openRows(actor, *rows, passphrase, QStringLiteral("passphrase"));
    if (!keys)
        return keys.error();
    if (Status s = auditNow(actor, kActUnlock, keys->activeVersion(),
                            QStringLiteral("active=%1 versions=%2").arg(keys->activeVersion()).arg(rows->size()));
        !s)
        return s.error();
    return keys;
}

Result<QByteArray> KeyVault::exportBundle(const Actor &actor, const UnlockedKeys &unlocked,
                                          const QString &transferPassphrase)
{
    if (Status s = require(actor, Permission::CardKeysManage); !s)
        return s.error();
    if (unlocked.isEmpty())
        return failure(Error::Code::Conflict, tr("Unlock the card keys first."), kNotUnlocked);
    if (Status s = checkPassphraseLength(transferPassphrase, QStringLiteral("transferPassphrase")); !s)
        return s.error();
    SealKey key = SealKey::fresh(m_limits);
    if (!key.derive(transferPassphrase))
        return cryptoFailed();
    const QList<int> versions = unlocked.versions();
    // [active][count] then [version][secret] per version.
    SecureBuffer plain(size_t(2 + versions.size() * kPlain));
    if (!plain.ok())
        return cryptoFailed();
    plain.data()[0] = static_cast<unsigned char>(unlocked.activeVersion());
    plain.data()[1] = static_cast<unsigned char>(versions.size());
    unsigned char *p = plain.data() + 2;
    QJsonArray listed;
    for (int v : versions) {
        *p++ = static_cast<unsigned char>(v);
        std::memcpy(p, unlocked.slot(v), kSecret);
        p += kSecret;
        listed.append(v);
    }
    const auto [nonce, box] = key.seal(plain.data(), plain.size());
    if (box.isEmpty())
        return cryptoFailed();
    QJsonObject o;
    o.insert(QStringLiteral("format"), kBundleFormat);
    o.insert(QStringLiteral("formatVersion"), kBundleFormatVersion);
    o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    o.insert(QStringLiteral("opslimit"), qint64(key.opslimit));
    o.insert(QStringLiteral("memlimit"), qint64(key.memlimit));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64()));
    o.insert(QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305"));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
    o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(box.toBase64()));
    o.insert(QStringLiteral("versions"), listed); // informative; the sealed list is authoritative
    o.insert(QStringLiteral("exportedAt"), m_clock.nowUtc().toString(Qt::ISODate));
    QStringList names;
    for (int v : versions)
        names << QString::number(v);
    if (Status s = auditNow(actor, QStringLiteral("card_keys.export"), unlocked.activeVersion(),
                            QStringLiteral("versions=%1 active=%2")
                                .arg(names.join(QLatin1Char(',')))
                                .arg(unlocked.activeVersion()));
        !s)
        return s.error();
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QList<int>> KeyVault::importBundle(const Actor &actor, const QByteArray &bundle,
                                          const QString &transferPassphrase, const QString &localPassphrase)
{
    if (Status s = require(actor, Permission::CardKeysManage); !s)
        return s.error();
    if (Status s = checkPassphraseLength(transferPassphrase, QStringLiteral("transferPassphrase")); !s)
        return s.error();
    if (Status s = checkPassphraseLength(localPassphrase, QStringLiteral("localPassphrase")); !s)
        return s.error();
    const Error bad = failure(Error::Code::Invalid, tr("This file is not a card key export of this program."),
                              kBadBundle);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kBundleFormat
        || o.value(QStringLiteral("formatVersion")).toInt() != kBundleFormatVersion
        || o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13")
        || o.value(QStringLiteral("cipher")).toString() != QLatin1String("xsalsa20poly1305"))
        return bad;
    SealKey transfer;
    transfer.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    transfer.opslimit = quint64(o.value(QStringLiteral("opslimit")).toInteger());
    transfer.memlimit = quint64(o.value(QStringLiteral("memlimit")).toInteger());
    const QByteArray nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray box = QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
    const qsizetype plainSize = box.size() - qsizetype(crypto_secretbox_MACBYTES);
    if (transfer.salt.size() != crypto_pwhash_SALTBYTES || !limitsAcceptable(transfer.opslimit, transfer.memlimit)
        || nonce.size() != crypto_secretbox_NONCEBYTES || plainSize < 2 + kPlain || (plainSize - 2) % kPlain != 0)
        return bad;
    if (!transfer.derive(transferPassphrase))
        return cryptoFailed();
    SecureBuffer plain{size_t(plainSize)};
    if (!plain.ok())
        return cryptoFailed();
    if (!transfer.open(nonce, box, plain)) {
        if (Status s = auditNow(actor, QStringLiteral("card_keys.import_refused"), 0,
                                QStringLiteral("wrong transfer passphrase"));
            !s)
            return s.error();
        return failure(Error::Code::Forbidden, tr("The transfer passphrase is wrong."), kWrongTransferPassphrase,
                       QStringLiteral("transferPassphrase"));
    }
    UnlockedKeys incoming;
    const int count = plain.data()[1];
    if (count != (plainSize - 2) / kPlain)
        return bad;
    for (int i = 0; i < count; ++i) {
        const unsigned char *entry = plain.data() + 2 + i * kPlain;
        if (entry[0] < 1 || entry[0] > UnlockedKeys::kMaxVersion || incoming.has(entry[0]))
            return bad;
        if (!incoming.put(entry[0], entry + 1))
            return cryptoFailed();
    }
    const int bundleActive = plain.data()[0];
    if (!incoming.has(bundleActive))
        return bad;
    incoming.setActive(bundleActive);

    Result<QList<Row>> rows = loadRows();
    if (!rows)
        return rows.error();
    SealKey local;
    UnlockedKeys existing;
    if (rows->isEmpty()) {
        local = SealKey::fresh(m_limits);
    } else {
        Result<UnlockedKeys> opened =
            openRows(actor, *rows, localPassphrase, QStringLiteral("localPassphrase"), &local);
        if (!opened)
            return opened.error();
        existing = std::move(opened).value();
    }
    if (!local.key && !local.derive(localPassphrase))
        return cryptoFailed();

    QList<int> added;
    for (int v : incoming.versions()) {
        if (!existing.has(v)) {
            added.append(v);
            continue;
        }
        if (sodium_memcmp(existing.slot(v), incoming.slot(v), kSecret) != 0) {
            if (Status s = auditNow(actor, QStringLiteral("card_keys.import_refused"), v,
                                    QStringLiteral("version %1 differs from the stored one").arg(v));
                !s)
                return s.error();
            return failure(Error::Code::Conflict,
                           tr("Key version %1 in this file is not the same key as this club's key version %1. Nothing "
                              "was imported.")
                               .arg(v),
                           kVersionConflict);
        }
    }
    const bool takeActive = bundleActive > existing.activeVersion();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (takeActive && !existing.isEmpty()) {
        SqlQuery off(m_db, QStringLiteral("UPDATE card_key_versions SET active = 0 WHERE active = 1"));
        if (Status s = off.exec(); !s)
            return s.error();
    }
    for (int v : added) {
        if (Status s = insertSealed(actor, v, incoming.slot(v), local, takeActive && v == bundleActive); !s)
            return s.error();
    }
    if (takeActive && existing.has(bundleActive)) {
        SqlQuery on(m_db, QStringLiteral("UPDATE card_key_versions SET active = 1 WHERE version = :v"));
        on.bind(QStringLiteral(":v"), bundleActive);
        if (Status s = on.exec(); !s)
            return s.error();
    }
    QStringList names;
    for (int v : added)
        names << QString::number(v);
    const int activeNow = takeActive ? bundleActive : existing.activeVersion();
    if (Status s = m_audit.record(actor, kActImport, kEntity, activeNow,
                                  QStringLiteral("added=%1 active=%2").arg(names.join(QLatin1Char(','))).arg(activeNow));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcAuth) << "card keys imported:" << added.size() << "new version(s), active" << activeNow;
    return added;
}

Status KeyVault::changePassphrase(const Actor &actor, const QString &oldPassphrase, const QString &newPassphrase)
{
    if (Status s = require(actor, Permission::CardKeysManage); !s)
        return s;
    if (Status s = checkPassphraseLength(newPassphrase, QStringLiteral("newPassphrase")); !s)
        return s;
    Result<QList<Row>> rows = loadRows();
    if (!rows)
        return rows.error();
    Result<UnlockedKeys> keys = openRows(actor, *rows, oldPassphrase, QStringLiteral("oldPassphrase"));
    if (!keys)
        return keys.error();
    SealKey fresh = SealKey::fresh(m_limits);
    if (!fresh.derive(newPassphrase))
        return cryptoFailed();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SecureBuffer plain(kPlain);
    if (!plain.ok())
        return cryptoFailed();
    for (int v : keys->versions()) {
        plain.data()[0] = static_cast<unsigned char>(v);
        std::memcpy(plain.data() + 1, keys->slot(v), kSecret);
        const auto [nonce, box] = fresh.seal(plain.data(), plain.size());
        if (box.isEmpty())
            return cryptoFailed();
        SqlQuery q(m_db, QStringLiteral("UPDATE card_key_versions SET salt = :s, opslimit = :o, memlimit = :m, "
                                        "nonce = :n, sealed = :x WHERE version = :v"));
        q.bind(QStringLiteral(":s"), fresh.salt)
            .bind(QStringLiteral(":o"), qint64(fresh.opslimit))
            .bind(QStringLiteral(":m"), qint64(fresh.memlimit))
            .bind(QStringLiteral(":n"), nonce)
            .bind(QStringLiteral(":x"), box)
            .bind(QStringLiteral(":v"), v);
        if (Status s = q.exec(); !s)
            return s;
        if (q.rowsAffected() != 1)
            return Error::make(Error::Code::Conflict, tr("The card keys were changed meanwhile. Try again."));
    }
    if (Status s = m_audit.record(actor, kActChange, kEntity, keys->activeVersion(),
                                  QStringLiteral("versions=%1").arg(keys->versions().size()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcAuth) << "card key passphrase changed";
    return {};
}

Result<int> KeyVault::rotate(const Actor &actor, UnlockedKeys &unlocked, const QString &passphrase)
{
    if (Status s = require(actor, Permission::CardKeysManage); !s)
        return s.error();
    if (unlocked.isEmpty())
        return failure(Error::Code::Conflict, tr("Unlock the card keys first."), kNotUnlocked);
    Result<QList<Row>> rows = loadRows();
    if (!rows)
        return rows.error();
    SealKey key;
    Result<UnlockedKeys> keys = openRows(actor, *rows, passphrase, QStringLiteral("passphrase"), &key);
    if (!keys)
        return keys.error();
    const int next = keys->versions().constLast() + 1;
    if (next > UnlockedKeys::kMaxVersion)
        return failure(Error::Code::Conflict,
                       tr("All %1 key versions have been used. The card keys cannot be rotated again.")
                           .arg(UnlockedKeys::kMaxVersion),
                       kVersionsExhausted);
    SecureBuffer secret(kSecret);
    if (!secret.ok())
        return cryptoFailed();
    randombytes_buf(secret.data(), kSecret);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery off(m_db, QStringLiteral("UPDATE card_key_versions SET active = 0 WHERE active = 1"));
    if (Status s = off.exec(); !s)
        return s.error();
    if (Status s = insertSealed(actor, next, secret.data(), key, true); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict, tr("The card keys were changed meanwhile. Try again."));
        return s.error();
    }
    if (Status s = m_audit.record(actor, kActRotate, kEntity, next,
                                  QStringLiteral("version=%1 previous=%2").arg(next).arg(keys->activeVersion()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!unlocked.put(next, secret.data()))
        return cryptoFailed();
    unlocked.setActive(next);
    qCInfo(lcAuth) << "card keys rotated to version" << next;
    return next;
}

} // namespace Club::Core
