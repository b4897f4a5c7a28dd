// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "auth/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

class TestAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasher()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(QLatin1String("correct horse")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(hash != PasswordHasher::hash(QStringLiteral("correct horse"))); // salted
    }

    void setUpOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void setUpOnce()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        AuthService auth(t.db());
        QCOMPARE(*auth.needsSetup(), true);

        StoreSetup bad{QStringLiteral("Shop"), QStringLiteral("b1"), QStringLiteral("Branch"), QStringLiteral("boss"),
                       QStringLiteral("Boss"), QStringLiteral("123")};
        Result<Actor> refused = auth.setUp(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        QCOMPARE(*auth.needsSetup(), true); // nothing half-written

        StoreSetup good = bad;
        good.adminPassword = QStringLiteral("long-enough");
        Result<Actor> admin = auth.setUp(good);
        QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().detail));
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(*auth.needsSetup(), false);
        QCOMPARE(*auth.setting(QStringLiteral("store.name")), QStringLiteral("Shop"));

        Result<Actor> again = auth.setUp(good);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
    }

    void login_data() { CLUB_ADD_ENGINE_ROWS(); }
    void login()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        AuthService auth(t.db());

        Result<Actor> in = auth.login(QStringLiteral("ADMIN "), QStringLiteral("admin-pass"), QStringLiteral("desk-1"));
        QVERIFY(in.ok());
        QCOMPARE(in->operatorId, admin.operatorId);
        QCOMPARE(in->terminal, QStringLiteral("desk-1"));

        Result<Actor> wrong = auth.login(QStringLiteral("admin"), QStringLiteral("nope-nope"));
        QVERIFY(!wrong);
        Result<Actor> unknown = auth.login(QStringLiteral("ghost"), QStringLiteral("nope-nope"));
        QVERIFY(!unknown);
        QCOMPARE(wrong.error().message, unknown.error().message); // a name cannot be probed

        // The password is stored hashed, never as typed.
        SqlQuery q(t.db(), QStringLiteral("SELECT password_hash FROM operators WHERE username = 'admin'"));
        QVERIFY(q.exec().ok() && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    }

    void lockoutAfterWrongPasswords_data() { CLUB_ADD_ENGINE_ROWS(); }
    void lockoutAfterWrongPasswords()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        const Actor staff = t.actorWithRole(Role::Staff);
        AuthService auth(t.db());
        for (int i = 0; i < AuthService::kMaxFailedLogins; ++i)
            QVERIFY(!auth.login(staff.username, QStringLiteral("wrong-pass")));
        Result<Actor> locked = auth.login(staff.username, QStringLiteral("secret-pass"));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, Error::Code::Locked);

        QVERIFY(auth.setPassword(admin, staff.operatorId, QStringLiteral("fresh-pass")).ok());
        QVERIFY(auth.login(staff.username, QStringLiteral("fresh-pass")).ok());
    }

    void rolesAreCheckedByTheService_data() { CLUB_ADD_ENGINE_ROWS(); }
    void rolesAreCheckedByTheService()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        AuthService auth(t.db());
        for (Role role : {Role::Manager, Role::Staff, Role::Accountant}) {
            const Actor who = t.actorWithRole(role);
            QVERIFY(who.operatorId != kNoId);
            Operator draft;
            draft.username = QStringLiteral("made-by-") + roleKey(role);
            draft.fullName = QStringLiteral("X");
            Result<Operator> made = auth.createOperator(who, draft, QStringLiteral("whatever-pass"));
            QVERIFY(!made);
            QCOMPARE(made.error().code, Error::Code::Forbidden);
            QCOMPARE(auth.setSetting(who, QStringLiteral("store.name"), QStringLiteral("X")).error().code,
                     Error::Code::Forbidden);
            QVERIFY(!auth.operators(who).ok());
        }
        // An actor nobody logged in as may do nothing.
        QCOMPARE(auth.operators(Actor{}).error().code, Error::Code::Forbidden);

        QSignalSpy spy(&auth, &AuthService::operatorsChanged);
        Operator draft;
        draft.username = QStringLiteral("cashier");
        draft.fullName = QStringLiteral("Cashier One");
        draft.role = Role::Staff;
        QVERIFY(auth.createOperator(admin, draft, QStringLiteral("cashier-pass")).ok());
        QCOMPARE(spy.count(), 1);
        Result<Operator> dup = auth.createOperator(admin, draft, QStringLiteral("cashier-pass"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().field, QStringLiteral("username"));
    }

    void auditRecordsWhoDidWhat_data() { CLUB_ADD_ENGINE_ROWS(); }
    void auditRecordsWhoDidWhat()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        AuthService auth(t.db());
        QVERIFY(auth.setSetting(admin, QStringLiteral("store.phone"), QStringLiteral("021-1234")).ok());
        AuditLog audit(t.db());
        Result<QList<AuditEntry>> entries = audit.list(admin, QStringLiteral("setting"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("setting.change"));
        QCOMPARE(entries->first().operatorId, admin.operatorId);
        QCOMPARE(entries->first().branchId, admin.branchId);
        QCOMPARE(entries->first().operatorName, QStringLiteral("Test Admin"));
        const Actor staff = t.actorWithRole(Role::Staff);
        QCOMPARE(audit.list(staff).error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
