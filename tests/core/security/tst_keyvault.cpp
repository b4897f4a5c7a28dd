// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "security/KeyVault.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QSqlRecord>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QString kPass = QStringLiteral("correct horse battery");
const QString kOther = QStringLiteral("another long passphrase");
const QString kTransfer = QStringLiteral("transfer passphrase 42");

KeyVault::Limits fast()
{
    return KeyVault::Limits::fastForTests();
}

// Every column of every row of a table, as raw bytes.
QList<QByteArray> cellsOf(Database &db, const QString &table)
{
    QList<QByteArray> out;
    SqlQuery q(db, QStringLiteral("SELECT * FROM ") + table);
    if (!q.exec())
        return {QByteArrayLiteral("<query failed>")};
    while (q.next()) {
        for (int i = 0; i < q.raw().record().count(); ++i)
            out << q.value(i).toByteArray() << q.value(i).toString().toUtf8();
    }
    return out;
}

qint64 countAudit(Database &db, const QString &action)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
    q.bind(QStringLiteral(":a"), action);
    const Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealUnlockRoundTrip_data() { CLUB_ADD_ENGINE_ROWS(); }
    void sealUnlockRoundTrip()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault vault(t.db(), clock, fast());

        const Result<int> shortOne = vault.create(admin, QStringLiteral("too short"));
        QVERIFY(!shortOne);
        QCOMPARE(shortOne.error().detail, KeyVault::kPassphraseTooShort);
        QCOMPARE(shortOne.error().field, QStringLiteral("passphrase"));
        const Result<UnlockedKeys> none = vault.unlock(admin, kPass);
        QVERIFY(!none);
        QCOMPARE(none.error().detail, KeyVault::kNoKeys);

        const Result<int> made = vault.create(admin, kPass);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        QCOMPARE(*made, 1);
        QCOMPARE(vault.create(admin, kPass).error().detail, KeyVault::kAlreadyCreated);

        Result<UnlockedKeys> keys = vault.unlock(admin, kPass);
        QVERIFY2(keys.ok(), qPrintable(keys ? QString() : keys.error().message));
        QCOMPARE(keys->activeVersion(), 1);
        QCOMPARE(keys->versions(), QList<int>{1});
        QByteArray secret = keys->secret(1);
        QCOMPARE(secret.size(), UnlockedKeys::kSecretSize);
        QVERIFY(secret != QByteArray(UnlockedKeys::kSecretSize, '\0'));
        QVERIFY(keys->secret(2).isEmpty());

        Result<UnlockedKeys> again = vault.unlock(admin, kPass);
        QVERIFY(again.ok());
        QByteArray secretAgain = again->secret(1);
        QCOMPARE(secretAgain, secret);

        // Moving hands the secret over; the source holds nothing any more.
        UnlockedKeys moved = std::move(keys).value();
        QCOMPARE(moved.secret(1), secret);

        // Neither the key table nor the audit log holds the secret, in any form.
        const QList<QByteArray> forms{secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64()};
        for (const QString &table : {QStringLiteral("card_key_versions"), QStringLiteral("audit_log")}) {
            const QList<QByteArray> cells = cellsOf(t.db(), table);
            QVERIFY(!cells.isEmpty());
            for (const QByteArray &cell : cells) {
                for (const QByteArray &form : forms)
                    QVERIFY2(!cell.contains(form), qPrintable(table));
                QVERIFY(!cell.contains(kPass.toUtf8()));
            }
        }
        QCOMPARE(countAudit(t.db(), QStringLiteral("card_keys.create")), 1);
        QCOMPARE(countAudit(t.db(), QStringLiteral("card_keys.unlock")), 2);

        const Result<QList<CardKeyVersion>> listed = vault.versions(admin);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().active);
        QCOMPARE(listed->first().createdAt, clock.nowUtc());

        UnlockedKeys::wipe(secret);
        QVERIFY(secret.isEmpty());
        UnlockedKeys::wipe(secretAgain);
    }

    void wrongPassphraseLocksOut_data() { CLUB_ADD_ENGINE_ROWS(); }
    void wrongPassphraseLocksOut()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault vault(t.db(), clock, fast());
        QVERIFY(vault.create(admin, kPass).ok());

        for (int i = 1; i <= KeyVault::kMaxFailures; ++i) {
            clock.advanceSecs(60);
            const Result<UnlockedKeys> wrong = vault.unlock(admin, kOther);
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, Error::Code::Forbidden);
            QCOMPARE(wrong.error().detail, KeyVault::kWrongPassphrase);
            QCOMPARE(countAudit(t.db(), QStringLiteral("card_keys.wrong_passphrase")), i);
        }
        // Five in a row: even the right passphrase is refused now.
        clock.advanceSecs(60);
        const Result<UnlockedKeys> locked = vault.unlock(admin, kPass);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, Error::Code::Locked);
        QCOMPARE(locked.error().detail, KeyVault::kLockedOut);
        QCOMPARE(vault.changePassphrase(admin, kPass, kTransfer).error().detail, KeyVault::kLockedOut);
        QCOMPARE(countAudit(t.db(), QStringLiteral("card_keys.locked_out")), 2);

        clock.advanceSecs(KeyVault::kLockoutSecs - 120);
        QCOMPARE(vault.unlock(admin, kPass).error().detail, KeyVault::kLockedOut);
        clock.advanceSecs(61);
        const Result<UnlockedKeys> open = vault.unlock(admin, kPass);
        QVERIFY2(open.ok(), qPrintable(open ? QString() : open.error().message));

        // A success breaks the run: four more wrong ones do not lock.
        for (int i = 0; i < KeyVault::kMaxFailures - 1; ++i)
            QCOMPARE(vault.unlock(admin, kOther).error().detail, KeyVault::kWrongPassphrase);
        QVERIFY(vault.unlock(admin, kPass).ok());
    }

    void slowFailuresDoNotLock_data() { CLUB_ADD_ENGINE_ROWS(); }
    void slowFailuresDoNotLock()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault vault(t.db(), clock, fast());
        QVERIFY(vault.create(admin, kPass).ok());
        for (int i = 0; i < KeyVault::kMaxFailures; ++i) {
            QCOMPARE(vault.unlock(admin, kOther).error().detail, KeyVault::kWrongPassphrase);
            clock.advanceSecs(4 * 60); // five failures spread over 16 minutes
        }
        QVERIFY(vault.unlock(admin, kPass).ok());
    }

    void exportImportIntoSecondStore_data() { CLUB_ADD_ENGINE_ROWS(); }
    void exportImportIntoSecondStore()
    {
        QFETCH(int, engine);
        TestDatabase head{Database::Engine(engine)};
        TestDatabase branch{Database::Engine(engine)};
        TestDatabase stranger{Database::Engine(engine)};
        QVERIFY2(head.ok() && branch.ok() && stranger.ok(), qPrintable(head.error() + branch.error()));
        const Actor headAdmin = head.admin();
        const Actor branchAdmin = branch.admin();
        const Actor strangerAdmin = stranger.admin();
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault headVault(head.db(), clock, fast());
        KeyVault branchVault(branch.db(), clock, fast());
        KeyVault strangerVault(stranger.db(), clock, fast());

        QVERIFY(headVault.create(headAdmin, kPass).ok());
        Result<UnlockedKeys> keys = headVault.unlock(headAdmin, kPass);
        QVERIFY(keys.ok());
        UnlockedKeys unlocked = std::move(keys).value();
        const Result<int> rotated = headVault.rotate(headAdmin, unlocked, kPass);
        QVERIFY2(rotated.ok(), qPrintable(rotated ? QString() : rotated.error().message));
        QCOMPARE(*rotated, 2);
        QCOMPARE(unlocked.activeVersion(), 2);
        QCOMPARE(unlocked.versions(), (QList<int>{1, 2}));

        QCOMPARE(headVault.exportBundle(headAdmin, UnlockedKeys(), kTransfer).error().detail,
                 KeyVault::kNotUnlocked);
        const Result<QByteArray> bundle = headVault.exportBundle(headAdmin, unlocked, kTransfer);
        QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message));
        for (int v : {1, 2}) {
            QVERIFY(!bundle->contains(unlocked.secret(v)));
            QVERIFY(!bundle->contains(unlocked.secret(v).toBase64()));
            QVERIFY(!bundle->contains(unlocked.secret(v).toHex()));
        }

        const Result<QList<int>> wrong = branchVault.importBundle(branchAdmin, *bundle, kOther, kOther);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().detail, KeyVault::kWrongTransferPassphrase);
        QCOMPARE(branchVault.importBundle(branchAdmin, QByteArrayLiteral("{\"format\":1}"), kTransfer, kOther)
                     .error()
                     .detail,
                 KeyVault::kBadBundle);

        const Result<QList<int>> added = branchVault.importBundle(branchAdmin, *bundle, kTransfer, kOther);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(*added, (QList<int>{1, 2}));
        Result<UnlockedKeys> branchKeys = branchVault.unlock(branchAdmin, kOther);
        QVERIFY(branchKeys.ok());
        QCOMPARE(branchKeys->activeVersion(), 2);
        QCOMPARE(branchKeys->secret(1), unlocked.secret(1));
        QCOMPARE(branchKeys->secret(2), unlocked.secret(2));
        // Sealed under the branch's own passphrase, not the head office's.
        QCOMPARE(branchVault.unlock(branchAdmin, kPass).error().detail, KeyVault::kWrongPassphrase);

        // Importing again adds nothing; a wrong local passphrase is refused.
        QCOMPARE(branchVault.importBundle(branchAdmin, *bundle, kTransfer, kPass).error().detail,
                 KeyVault::kWrongPassphrase);
        const Result<QList<int>> again = branchVault.importBundle(branchAdmin, *bundle, kTransfer, kOther);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());

        // A store with its own version 1 refuses a different version 1.
        QVERIFY(strangerVault.create(strangerAdmin, kPass).ok());
        const Result<QList<int>> clash = strangerVault.importBundle(strangerAdmin, *bundle, kTransfer, kPass);
        QVERIFY(!clash);
        QCOMPARE(clash.error().detail, KeyVault::kVersionConflict);
        QCOMPARE(strangerVault.versions(strangerAdmin)->size(), 1);
        QCOMPARE(countAudit(stranger.db(), QStringLiteral("card_keys.import_refused")), 1);
    }

    void changePassphraseAndRotate_data() { CLUB_ADD_ENGINE_ROWS(); }
    void changePassphraseAndRotate()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault vault(t.db(), clock, fast());
        QVERIFY(vault.create(admin, kPass).ok());
        Result<UnlockedKeys> first = vault.unlock(admin, kPass);
        QVERIFY(first.ok());
        UnlockedKeys unlocked = std::move(first).value();
        const QByteArray v1 = unlocked.secret(1);

        QCOMPARE(vault.changePassphrase(admin, kOther, kTransfer).error().detail, KeyVault::kWrongPassphrase);
        QCOMPARE(vault.changePassphrase(admin, kPass, QStringLiteral("short")).error().field,
                 QStringLiteral("newPassphrase"));
        QVERIFY(vault.changePassphrase(admin, kPass, kOther).ok());
        QCOMPARE(vault.unlock(admin, kPass).error().detail, KeyVault::kWrongPassphrase);
        Result<UnlockedKeys> reopened = vault.unlock(admin, kOther);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->secret(1), v1);

        for (int v = 2; v <= UnlockedKeys::kMaxVersion; ++v) {
            const Result<int> next = vault.rotate(admin, unlocked, kOther);
            QVERIFY2(next.ok(), qPrintable(next ? QString() : next.error().message));
            QCOMPARE(*next, v);
        }
        QCOMPARE(vault.rotate(admin, unlocked, kOther).error().detail, KeyVault::kVersionsExhausted);
        Result<UnlockedKeys> all = vault.unlock(admin, kOther);
        QVERIFY(all.ok());
        QCOMPARE(all->activeVersion(), UnlockedKeys::kMaxVersion);
        QCOMPARE(all->versions().size(), UnlockedKeys::kMaxVersion);
        QCOMPARE(all->secret(1), v1);
        for (int v = 1; v <= UnlockedKeys::kMaxVersion; ++v)
            QCOMPARE(all->secret(v), unlocked.secret(v));
        QCOMPARE(vault.versions(admin)->size(), UnlockedKeys::kMaxVersion);
    }

    void rolesAreChecked_data() { CLUB_ADD_ENGINE_ROWS(); }
    void rolesAreChecked()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        const Actor staff = t.actorWithRole(Role::Staff);
        const Actor accountant = t.actorWithRole(Role::Accountant);
        const Actor manager = t.actorWithRole(Role::Manager);
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        KeyVault vault(t.db(), clock, fast());

        QCOMPARE(vault.create(staff, kPass).error().code, Error::Code::Forbidden);
        QCOMPARE(vault.create(accountant, kPass).error().code, Error::Code::Forbidden);
        QVERIFY(vault.create(manager, kPass).ok());
        QCOMPARE(vault.unlock(accountant, kPass).error().code, Error::Code::Forbidden);
        QCOMPARE(vault.versions(accountant).error().code, Error::Code::Forbidden);
        Result<UnlockedKeys> staffKeys = vault.unlock(staff, kPass);
        QVERIFY(staffKeys.ok());
        UnlockedKeys keys = std::move(staffKeys).value();
        QCOMPARE(vault.exportBundle(staff, keys, kTransfer).error().code, Error::Code::Forbidden);
        QCOMPARE(vault.rotate(staff, keys, kPass).error().code, Error::Code::Forbidden);
        QCOMPARE(vault.changePassphrase(staff, kPass, kOther).error().code, Error::Code::Forbidden);
        QCOMPARE(vault.importBundle(staff, QByteArray(), kTransfer, kPass).error().code, Error::Code::Forbidden);
        QVERIFY(vault.exportBundle(admin, keys, kTransfer).ok());
        // Refusals wrote no passphrase attempt.
        QCOMPARE(countAudit(t.db(), QStringLiteral("card_keys.wrong_passphrase")), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
