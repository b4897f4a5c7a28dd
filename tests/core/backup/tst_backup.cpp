// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "backup/BackupService.h"
#include "backup/BackupSql.h"
#include "backup/DataCheck.h"
#include "storage/Migrator.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace Club::Core;
using Club::Test::LoyaltyFixture;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
const QString kPass = QStringLiteral("گذرواژه پشتیبان 2026");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// Everything that makes up the live store on disk.
QByteArray storeHash(const QString &path)
{
    return fileHash(path) + fileHash(path + QStringLiteral("-wal"));
}

BackupKey testKey(const QString &pass = kPass)
{
    Result<BackupKey> k = BackupFile::deriveKey(pass, KdfCost::interactive());
    return k ? *k : BackupKey{};
}

qint64 countIn(const QString &file, const QString &table)
{
    Database db;
    Database::Config c;
    c.path = file;
    if (!db.open(c))
        return -1;
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}

QString ledgerProblemsIn(const QString &file)
{
    Database db;
    Database::Config c;
    c.path = file;
    if (Status s = db.open(c); !s)
        return s.error().message;
    LedgerService ledger(db);
    InventoryService inventory(db);
    Result<DataReport> r = DataCheck::run(BackupService::commandLineActor(), db, ledger, inventory);
    if (!r)
        return r.error().message;
    return r->ok() ? QString() : r->plainWords();
}

// Sells one unit at a time on its own connection until told to stop: the concurrent
// writer of the live store.
class Writer
{
public:
    Writer(const QString &path, const Actor &staff, Id product, Id member)
    {
        m_thread.reset(QThread::create([=, this] {
            Database db;
            Database::Config c;
            c.path = path;
            if (!db.open(c)) {
                m_failed = true;
                return;
            }
            ServiceHub hub(db);
            while (!m_stop) {
                QuoteRequest r;
                r.memberId = member;
                r.lines = {{product, 1, 0}};
                const Result<Sale> sale =
                    hub.sales().commit(staff, r, QStringLiteral("writer-%1").arg(m_sales.load()));
                if (!sale) {
                    m_error = sale.error().detail;
                    m_failed = true;
                    return;
                }
                ++m_sales;
            }
        }));
        m_thread->start();
    }
    ~Writer() { stop(); }
    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    int sales() const { return m_sales; }
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_sales{0};
    QString m_error;
};
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupUnderAWriterRestoresConsistently()
    {
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        for (int i = 0; i < 5; ++i)
            LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        const BackupKey key = testKey();
        QVERIFY(key.isValid());
        QTemporaryDir out;
        const QString store = f.t.sqlitePath();

        Writer writer(store, f.staff, f.product, f.member.id);
        QTRY_VERIFY_WITH_TIMEOUT(writer.sales() > 3 || writer.failed(), 30000);
        QStringList files;
        QList<BackupManifest> manifests;
        int during = 0;
        for (int i = 0; i < 4; ++i) {
            const int before = writer.sales();
            const QString file = out.filePath(QStringLiteral("b%1.clubbackup").arg(i));
            const Result<BackupManifest> made = f.hub.backups().backUp(f.admin, file, key);
            LOYALTY_VERIFY_OK(made);
            files << file;
            manifests << *made;
            if (writer.sales() > before)
                ++during;
            QTRY_VERIFY_WITH_TIMEOUT(writer.sales() > before + 2 || writer.failed(), 30000);
        }
        writer.stop();
        QVERIFY2(!writer.failed(), qPrintable(writer.error()));
        QVERIFY2(during > 0, "the writer never wrote while a backup ran");
        QVERIFY(manifests.last().sales > manifests.first().sales);

        for (int i = 0; i < files.size(); ++i) {
            QTemporaryDir target;
            const QString restored = target.filePath(QStringLiteral("club.sqlite"));
            const Result<BackupManifest> staged = BackupService::stageRestore(restored, files[i], kPass);
            LOYALTY_VERIFY_OK(staged);
            const Result<BackupService::Applied> applied = BackupService::applyPendingRestore(restored, f.clock);
            LOYALTY_VERIFY_OK(applied);
            QVERIFY(applied->applied);
            QCOMPARE(countIn(restored, QStringLiteral("sales")), manifests[i].sales);
            QCOMPARE(countIn(restored, QStringLiteral("journal_entries")), manifests[i].ledgerEntries);
            QCOMPARE(countIn(restored, QStringLiteral("members")), manifests[i].members);
            QCOMPARE(countIn(restored, QStringLiteral("cards")), manifests[i].cards);
            QCOMPARE(ledgerProblemsIn(restored), QString());
        }
    }

    void manifestTellsWhatTheBackupHolds()
    {
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        LOYALTY_VERIFY_OK(f.sell(f.member, 2));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.clubbackup"));
        LOYALTY_VERIFY_OK(f.hub.backups().backUp(f.admin, file, testKey()));
        const Result<BackupManifest> m = f.hub.backups().readManifest(f.admin, file, kPass);
        LOYALTY_VERIFY_OK(m);
        QCOMPARE(m->createdAt, kStart);
        QCOMPARE(m->schemaVersion, Migrator(f.t.db()).latestVersion());
        QCOMPARE(m->members, f.count(QStringLiteral("SELECT COUNT(*) FROM members")));
        QCOMPARE(m->sales, qint64(1));
        QCOMPARE(m->ledgerEntries, f.count(QStringLiteral("SELECT COUNT(*) FROM journal_entries")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        // Nothing of the store shows in clear in the file.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("journal_entries"));
    }

    void refusesBadBackupsAndLeavesTheStoreAlone_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong passphrase") << QStringLiteral("passphrase") << int(Error::Code::Forbidden)
                                          << QStringLiteral("The passphrase is wrong");
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(Error::Code::Invalid)
                                   << QStringLiteral("The backup file is incomplete");
        QTest::newRow("flipped byte") << QStringLiteral("flip") << int(Error::Code::Invalid)
                                      << QStringLiteral("The backup file is damaged");
        QTest::newRow("trailing bytes") << QStringLiteral("append") << int(Error::Code::Invalid)
                                        << QStringLiteral("The backup file is damaged");
        QTest::newRow("not a backup") << QStringLiteral("magic") << int(Error::Code::Invalid)
                                      << QStringLiteral("This file is not a backup");
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(Error::Code::Unsupported)
                                      << QStringLiteral("newer version of Customer Club Manager");
    }
    void refusesBadBackupsAndLeavesTheStoreAlone()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QFETCH(QString, message);
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        for (int i = 0; i < 3; ++i)
            LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.clubbackup"));

        if (damage == QLatin1String("newer")) {
            // Another store, one migration ahead of this program.
            TestDatabase other{Database::Engine::SQLite};
            QVERIFY(other.ok());
            QVERIFY(SqlQuery::execDirect(other.db().connection(),
                                         QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                        "VALUES (9999, 'future', '2030-01-01T00:00:00Z')")));
            BackupService theirs(other.db(), f.clock);
            LOYALTY_VERIFY_OK(theirs.backUp(other.admin(), file, testKey()));
        } else {
            LOYALTY_VERIFY_OK(f.hub.backups().backUp(f.admin, file, testKey()));
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        const qint64 size = raw.size();
        QVERIFY(size > 200);
        if (damage == QLatin1String("truncate")) {
            QVERIFY(raw.resize(size - 40));
        } else if (damage == QLatin1String("flip")) {
            QVERIFY(raw.seek(size / 2));
            char c = 0;
            QVERIFY(raw.getChar(&c));
            QVERIFY(raw.seek(size / 2));
            QVERIFY(raw.putChar(char(c ^ 0x01)));
        } else if (damage == QLatin1String("append")) {
            QVERIFY(raw.seek(size));
            QVERIFY(raw.write("more") == 4);
        } else if (damage == QLatin1String("magic")) {
            QVERIFY(raw.putChar('X'));
        }
        raw.close();

        // More sales after the backup, so a restore would visibly change the store.
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        const QString store = f.t.sqlitePath();
        const QByteArray before = storeHash(store);
        const QString pass = damage == QLatin1String("passphrase") ? QStringLiteral("not the passphrase") : kPass;
        const Result<BackupManifest> r = f.hub.backups().prepareRestore(f.admin, file, pass);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(storeHash(store), before);
        QVERIFY(!QFile::exists(BackupService::pendingRestorePath(store)));
        QVERIFY(!QFile::exists(BackupService::pendingRestorePath(store) + QStringLiteral(".part")));
        // Nothing waits to be applied at the next start.
        const Result<BackupService::Applied> applied = BackupService::applyPendingRestore(store);
        LOYALTY_VERIFY_OK(applied);
        QVERIFY(!applied->applied);
    }

    void restoreSavesTheCurrentStoreAside()
    {
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.clubbackup"));
        const Result<BackupManifest> made = f.hub.backups().backUp(f.admin, file, testKey());
        LOYALTY_VERIFY_OK(made);
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        f.newMember(2);
        const qint64 salesNow = f.count(QStringLiteral("SELECT COUNT(*) FROM sales"));
        QCOMPARE(salesNow, qint64(2));

        // The manager may back up, only an administrator may restore.
        QCOMPARE(int(f.hub.backups().prepareRestore(f.manager, file, kPass).error().code),
                 int(Error::Code::Forbidden));
        QCOMPARE(int(f.hub.backups().backUp(f.staff, out.filePath(QStringLiteral("x")), testKey()).error().code),
                 int(Error::Code::Forbidden));

        LOYALTY_VERIFY_OK(f.hub.backups().prepareRestore(f.admin, file, kPass));
        const QString store = f.t.sqlitePath();
        QVERIFY(QFile::exists(BackupService::pendingRestorePath(store)));
        // The program restarts: the store is closed, the restore applied, the store opened.
        const Database::Config config = f.t.db().config();
        f.t.db().close();
        f.clock.advanceSecs(60);
        const Result<BackupService::Applied> applied = BackupService::applyPendingRestore(store, f.clock);
        LOYALTY_VERIFY_OK(applied);
        QVERIFY(applied->applied);
        QVERIFY(!QFile::exists(BackupService::pendingRestorePath(store)));
        QCOMPARE(applied->savedAside, store + QStringLiteral(".before-restore-20260310-080100"));
        QCOMPARE(countIn(applied->savedAside, QStringLiteral("sales")), salesNow);
        LOYALTY_VERIFY_OK(f.t.db().open(config));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), made->sales);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM members")), made->members);
        QCOMPARE(f.ledgerProblems(), QString());
    }

    void backupThatFailsTheLedgerCheckIsNotUsed()
    {
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        QVERIFY(SqlQuery::execDirect(f.t.db().connection(),
                                     QStringLiteral("UPDATE ledger_accounts SET balance = balance + 7 WHERE id = "
                                                    "(SELECT MIN(id) FROM ledger_accounts WHERE kind = 'points' "
                                                    "AND member_account_id IS NOT NULL)")));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("bad.clubbackup"));
        LOYALTY_VERIFY_OK(f.hub.backups().backUp(f.admin, file, testKey()));

        TestDatabase other{Database::Engine::SQLite};
        QVERIFY(other.ok());
        const Actor theirAdmin = other.admin();
        BackupService theirs(other.db(), f.clock);
        const QByteArray before = storeHash(other.sqlitePath());
        const Result<BackupManifest> r = theirs.prepareRestore(theirAdmin, file, kPass);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
        QVERIFY2(r.error().message.contains(QStringLiteral("shows a balance of")), qPrintable(r.error().message));
        QCOMPARE(storeHash(other.sqlitePath()), before);
        QVERIFY(!QFile::exists(BackupService::pendingRestorePath(other.sqlitePath())));

        // A damaged file left as pending (by hand, or by an older copy) is refused at start.
        const QString pending = BackupService::pendingRestorePath(other.sqlitePath());
        QVERIFY(BackupSql::snapshot(f.t.sqlitePath(), pending));
        other.db().close();
        const QByteArray closed = storeHash(other.sqlitePath());
        const Result<BackupService::Applied> applied = BackupService::applyPendingRestore(other.sqlitePath());
        QVERIFY(!applied.ok());
        QCOMPARE(storeHash(other.sqlitePath()), closed);
        QVERIFY(!QFile::exists(pending));
    }

    void dataCheckFindsPlantedProblems_data() { CLUB_ADD_ENGINE_ROWS(); }
    void dataCheckFindsPlantedProblems()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        const auto run = [&] { return DataCheck::run(f.admin, f.t.db(), f.hub.ledger(), f.hub.inventory()); };
        Result<DataReport> clean = run();
        LOYALTY_VERIFY_OK(clean);
        QVERIFY2(clean->ok(), qPrintable(clean->plainWords()));
        QCOMPARE(clean->fileChecked, Database::Engine(engine) == Database::Engine::SQLite);
        QVERIFY(clean->plainWords().endsWith(QStringLiteral("Everything is in order.")));
        const Result<DataReport> nobody = DataCheck::run(Actor{}, f.t.db(), f.hub.ledger(), f.hub.inventory());
        QVERIFY(!nobody.ok());
        QCOMPARE(int(nobody.error().code), int(Error::Code::Forbidden));

        // A balance and a stock level changed behind the program's back.
        QVERIFY(SqlQuery::execDirect(f.t.db().connection(),
                                     QStringLiteral("UPDATE ledger_accounts SET balance = balance + 7 WHERE id = "
                                                    "(SELECT MIN(id) FROM ledger_accounts WHERE kind = 'points' "
                                                    "AND member_account_id IS NOT NULL)")));
        QVERIFY(SqlQuery::execDirect(f.t.db().connection(),
                                     QStringLiteral("UPDATE stock_levels SET quantity = quantity + 1")));
        Result<DataReport> bad = run();
        LOYALTY_VERIFY_OK(bad);
        QVERIFY(!bad->ok());
        QVERIFY(!bad->ledger.ok());
        QCOMPARE(bad->stock.size(), qsizetype(1));
        const QString words = bad->plainWords();
        QVERIFY2(words.contains(QStringLiteral("shows a balance of")), qPrintable(words));
        const QLocale locale;
        QVERIFY2(words.contains(QStringLiteral("Product %1 in warehouse %2 shows %3 in stock, but its movements add "
                                               "up to %4.")
                                    .arg(locale.toString(f.product), locale.toString(f.warehouse),
                                         locale.toString(1000), locale.toString(999))),
                 qPrintable(words));
        QVERIFY(words.endsWith(QStringLiteral("contact support before you go on selling.")));
    }

    void backupIsRefusedOnTheCentralDatabase()
    {
        TestDatabase t{Database::Engine::PostgreSQL};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        BackupService backups(t.db());
        QTemporaryDir out;
        const Result<BackupManifest> r = backups.backUp(t.admin(), out.filePath(QStringLiteral("b")), testKey());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(Error::Code::Unsupported));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
