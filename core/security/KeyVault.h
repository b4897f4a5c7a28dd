// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Club::Core {

class Database;

// The club's card master secrets, unsealed: one 32-byte secret per key version, held in
// sodium_malloc'd memory (guard pages, locked against swapping) and wiped when this object
// dies. Move-only, so a secret has exactly one owner.
class UnlockedKeys
{
public:
    static constexpr int kSecretSize = 32;
    static constexpr int kMaxVersion = 9;

    UnlockedKeys() = default;
    ~UnlockedKeys();
    UnlockedKeys(UnlockedKeys &&other) noexcept;
    UnlockedKeys &operator=(UnlockedKeys &&other) noexcept;
    UnlockedKeys(const UnlockedKeys &) = delete;
    UnlockedKeys &operator=(const UnlockedKeys &) = delete;

    bool isEmpty() const { return m_present == 0; }
    int activeVersion() const { return m_active; } // 0 when empty
    bool has(int version) const;
    QList<int> versions() const; // ascending
    // A copy of one secret; empty for an unknown version. The caller wipes it with wipe().
    QByteArray secret(int version) const;

    // Overwrites the bytes in place (QByteArray's own buffer, not a detached copy).
    static void wipe(QByteArray &bytes);

private:
    friend class KeyVault;
    bool put(int version, const unsigned char *secret);
    void setActive(int version) { m_active = version; }
    unsigned char *slot(int version) const;

    unsigned char *m_mem = nullptr; // kMaxVersion * kSecretSize bytes
    quint32 m_present = 0;          // bit v: version v is held
    int m_active = 0;
};

struct CardKeyVersion
{
    int version = 0;
    bool active = false;
    QDateTime createdAt;
    QString createdBy; // operator's full name
};

// Seals the card master secrets under a manager's passphrase (Argon2id + XSalsa20-Poly1305)
// in card_key_versions; the database never holds a secret in clear. Managing (create,
// export, import, change the passphrase, rotate) needs CardKeysManage, unlocking
// CardKeysUse. Five wrong passphrases in a row within 15 minutes lock unlocking for 15
// minutes for the whole store (counted from the audit log, so it survives a restart).
//
// Errors carry a stable code in Error::detail (see the k*Error constants) for the UI.
class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(KeyVault)

public:
    // Argon2id cost. Stored with each sealed row, so unlocking uses what sealing used.
    struct Limits
    {
        quint64 opslimit = 0;
        quint64 memlimit = 0;
        static Limits moderate(); // libsodium MODERATE: ~256 MiB, about a second
        static Limits fastForTests(); // libsodium's minimum: only for tests
    };

    static constexpr int kMinPassphraseLength = 10;
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kFailureWindowSecs = 15 * 60;
    static constexpr qint64 kLockoutSecs = 15 * 60;

    static const QString kWrongPassphrase;         // "card_keys.wrong_passphrase"
    static const QString kWrongTransferPassphrase; // "card_keys.wrong_transfer_passphrase"
    static const QString kLockedOut;               // "card_keys.locked_out"
    static const QString kPassphraseTooShort;      // "card_keys.passphrase_too_short"
    static const QString kNoKeys;                  // "card_keys.none"
    static const QString kAlreadyCreated;          // "card_keys.already_created"
    static const QString kVersionsExhausted;       // "card_keys.versions_exhausted"
    static const QString kNotUnlocked;             // "card_keys.not_unlocked"
    static const QString kBadBundle;               // "card_keys.bad_bundle"
    static const QString kVersionConflict;         // "card_keys.version_conflict"
    static const QString kDamaged;                 // "card_keys.damaged"
    static const QString kCryptoFailed;            // "card_keys.crypto_failed"

    KeyVault(Database &db, const Clock &clock = Clock::system(), Limits limits = Limits::moderate());

    // CardKeysUse. Empty list: no keys yet.
    Result<QList<CardKeyVersion>> versions(const Actor &actor) const;

    // Version 1 with a fresh random secret, active. Refused when keys already exist.
    Result<int> create(const Actor &actor, const QString &passphrase);
    Result<UnlockedKeys> unlock(const Actor &actor, const QString &passphrase);

    // Every version, sealed under a transfer passphrase, as versioned JSON text for another
    // branch's store.
    Result<QByteArray> exportBundle(const Actor &actor, const UnlockedKeys &unlocked,
                                    const QString &transferPassphrase);
    // Stores the bundle's versions sealed under localPassphrase (which must open this store's
    // keys when it has any). A version this store holds with another secret refuses the whole
    // import. The bundle's active version becomes active when it is newer than the local one.
    // Returns the versions added.
    Result<QList<int>> importBundle(const Actor &actor, const QByteArray &bundle, const QString &transferPassphrase,
                                    const QString &localPassphrase);

    // Reseals every version under a new passphrase (a fresh salt).
    Status changePassphrase(const Actor &actor, const QString &oldPassphrase, const QString &newPassphrase);
    // A new version with a fresh secret becomes active; old versions stay to read old cards.
    // `unlocked` receives the new secret, so the caller can encode with it at once.
    Result<int> rotate(const Actor &actor, UnlockedKeys &unlocked, const QString &passphrase);

private:
    struct Row;
    struct SealKey;
    Result<QList<Row>> loadRows() const;
    Status checkLockout(const Actor &actor);
    Error wrongPassphrase(const Actor &actor, const QString &field);
    Result<UnlockedKeys> openRows(const Actor &actor, const QList<Row> &rows, const QString &passphrase,
                                  const QString &field, SealKey *activeKey = nullptr);
    Status insertSealed(const Actor &actor, int version, const unsigned char *secret, const SealKey &key,
                        bool active);
    Status auditNow(const Actor &actor, const QString &action, int version, const QString &detail);

    Database &m_db;
    const Clock &m_clock;
    Limits m_limits;
    AuditLog m_audit;
};

} // namespace Club::Core
