// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthService.h"

#include "PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QRegularExpression>

namespace Club::Core {

namespace {
const QString kOperatorColumns = QStringLiteral("id, username, full_name, role, branch_id, active, failed_logins");

Operator operatorFromRow(const SqlQuery &q)
{
    Operator o;
    o.id = q.value(0).toLongLong();
    o.username = q.value(1).toString();
    o.fullName = q.value(2).toString();
    o.role = roleFromKey(q.value(3).toString()).value_or(Role::Staff);
    o.branchId = q.value(4).toLongLong();
    o.active = q.value(5).toInt() != 0;
    o.lockedOut = q.value(6).toInt() >= AuthService::kMaxFailedLogins;
    return o;
}

bool validUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.\\-]{3,32}$"));
    return re.match(username).hasMatch();
}
} // namespace

AuthService::AuthService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{
}

Result<bool> AuthService::needsSetup() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM operators"));
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() == 0;
}

Status AuthService::validatePassword(const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        return Error::invalid(tr("The password must have at least %Ln characters.", nullptr, kMinPasswordLength),
                              QStringLiteral("password"));
    return {};
}

Result<Id> AuthService::insertBranch(const Branch &draft)
{
    if (draft.code.trimmed().isEmpty())
        return Error::invalid(tr("Enter a branch code."), QStringLiteral("branchCode"));
    if (draft.name.trimmed().isEmpty())
        return Error::invalid(tr("Enter a branch name."), QStringLiteral("branchName"));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO branches (code, name, active, created_at) "
                                    "VALUES (:code, :name, 1, :at) RETURNING id"));
    q.bind(QStringLiteral(":code"), draft.code.trimmed())
        .bind(QStringLiteral(":name"), draft.name.trimmed())
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    Result<QVariant> id = q.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::invalid(tr("A branch with this code already exists."), QStringLiteral("branchCode"));
        return id.error();
    }
    return id->toLongLong();
}

Result<Operator> AuthService::insertOperator(const Operator &draft, const QString &password)
{
    const QString username = draft.username.trimmed().toLower();
    if (!validUsername(username))
        return Error::invalid(tr("The user name must be 3 to 32 Latin letters, digits, dots, dashes or underscores."),
                              QStringLiteral("username"));
    if (draft.fullName.trimmed().isEmpty())
        return Error::invalid(tr("Enter the operator's full name."), QStringLiteral("fullName"));
    if (Status s = validatePassword(password); !s)
        return s.error();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Code::Storage, tr("The password could not be secured. Try again."));

    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO operators (username, full_name, role, password_hash, branch_id, "
                                    "active, failed_logins, created_at, updated_at) VALUES (:u, :n, :r, :h, :b, 1, "
                                    "0, :at, :at2) RETURNING id"));
    q.bind(QStringLiteral(":u"), username)
        .bind(QStringLiteral(":n"), draft.fullName.trimmed())
        .bind(QStringLiteral(":r"), roleKey(draft.role))
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":b"), draft.branchId != kNoId ? QVariant(draft.branchId) : QVariant())
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":at2"), now);
    Result<QVariant> id = q.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::invalid(tr("This user name is already taken."), QStringLiteral("username"));
        return id.error();
    }
    Operator out = draft;
    out.id = id->toLongLong();
    out.username = username;
    out.fullName = draft.fullName.trimmed();
    out.active = true;
    out.lockedOut = false;
    return out;
}

Result<Actor> AuthService::setUp(const StoreSetup &setup)
{
    if (setup.storeName.trimmed().isEmpty())
        return Error::invalid(tr("Enter the store's name."), QStringLiteral("storeName"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<bool> fresh = needsSetup();
    if (!fresh)
        return fresh.error();
    if (!*fresh)
        return Error::make(Error::Code::Conflict, tr("This store is already set up."));

    Result<Id> branchId = insertBranch({kNoId, setup.branchCode, setup.branchName, true});
    if (!branchId)
        return branchId.error();
    Operator admin;
    admin.username = setup.adminUsername;
    admin.fullName = setup.adminFullName;
    admin.role = Role::Admin;
    admin.branchId = *branchId;
    Result<Operator> created = insertOperator(admin, setup.adminPassword);
    if (!created)
        return created.error();
    if (Status s = writeSetting(QStringLiteral("store.name"), setup.storeName.trimmed()); !s)
        return s.error();

    Actor actor{created->id, created->username, created->fullName, Role::Admin, *branchId, {}};
    if (Status s = m_audit.record(actor, QStringLiteral("store.setup"), QStringLiteral("branch"), *branchId,
                                  setup.storeName.trimmed());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcAuth) << "store set up; admin operator" << created->id;
    Q_EMIT operatorsChanged();
    return actor;
}

Result<Actor> AuthService::login(const QString &username, const QString &password, const QString &terminal)
{
    const Error wrong = Error::make(Error::Code::Forbidden, tr("The user name or the password is wrong."), {},
                                    QStringLiteral("password"));
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kOperatorColumns
                         + QStringLiteral(", password_hash FROM operators WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username.trimmed().toLower());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        // Same cost as a real check, so a wrong name cannot be told from a wrong password.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("not a password"));
        PasswordHasher::verify(dummy, password);
        return wrong;
    }
    const Operator op = operatorFromRow(q);
    const QString hash = q.value(7).toString();
    Actor actor{op.id, op.username, op.fullName, op.role, op.branchId, terminal};

    if (!op.active)
        return Error::make(Error::Code::Forbidden, tr("This operator has been deactivated."));
    if (op.lockedOut)
        return Error::make(Error::Code::Locked,
                           tr("Too many wrong passwords. An administrator must set a new password."));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const bool good = PasswordHasher::verify(hash, password);
    SqlQuery update(m_db, good ? QStringLiteral("UPDATE operators SET failed_logins = 0 WHERE id = :id")
                               : QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1 WHERE id = :id"));
    update.bind(QStringLiteral(":id"), op.id);
    if (Status s = update.exec(); !s)
        return s.error();
    if (Status s = m_audit.record(actor, good ? QStringLiteral("operator.login") : QStringLiteral("operator.login_failed"),
                                  QStringLiteral("operator"), op.id, terminal);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!good) {
        qCInfo(lcAuth) << "failed login for operator" << op.id;
        return wrong;
    }
    return actor;
}

Result<QList<Operator>> AuthService::operators(const Actor &actor) const
{
    if (Status s = require(actor, Permission::OperatorManage); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kOperatorColumns + QStringLiteral(" FROM operators ORDER BY username"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Operator> out;
    while (q.next())
        out.append(operatorFromRow(q));
    return out;
}

Result<Operator> AuthService::createOperator(const Actor &actor, const Operator &draft, const QString &password)
{
    if (Status s = require(actor, Permission::OperatorManage); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Operator> created = insertOperator(draft, password);
    if (!created)
        return created.error();
    if (Status s = m_audit.record(actor, QStringLiteral("operator.create"), QStringLiteral("operator"), created->id,
                                  created->username + QLatin1Char(' ') + roleKey(created->role));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT operatorsChanged();
    return created;
}

Status AuthService::updateOperator(const Actor &actor, const Operator &changed)
{
    if (Status s = require(actor, Permission::OperatorManage); !s)
        return s;
    if (changed.fullName.trimmed().isEmpty())
        return Error::invalid(tr("Enter the operator's full name."), QStringLiteral("fullName"));
    if (changed.id == actor.operatorId && (!changed.active || changed.role != Role::Admin))
        return Error::make(Error::Code::Conflict,
                           tr("You cannot deactivate yourself or take away your own administrator role."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE operators SET full_name = :n, role = :r, branch_id = :b, active = :a, "
                                    "updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":n"), changed.fullName.trimmed())
        .bind(QStringLiteral(":r"), roleKey(changed.role))
        .bind(QStringLiteral(":b"), changed.branchId != kNoId ? QVariant(changed.branchId) : QVariant())
        .bind(QStringLiteral(":a"), changed.active ? 1 : 0)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), changed.id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("The operator was not found."));
    if (Status s = m_audit.record(actor, QStringLiteral("operator.update"), QStringLiteral("operator"), changed.id,
                                  roleKey(changed.role) + (changed.active ? QString() : QStringLiteral(" inactive")));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT operatorsChanged();
    return {};
}

Status AuthService::setPassword(const Actor &actor, Id operatorId, const QString &newPassword)
{
    if (Status s = require(actor, Permission::OperatorManage); !s)
        return s;
    if (Status s = validatePassword(newPassword); !s)
        return s;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::make(Error::Code::Storage, tr("The password could not be secured. Try again."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE operators SET password_hash = :h, failed_logins = 0, updated_at = :at "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), operatorId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("The operator was not found."));
    if (Status s = m_audit.record(actor, QStringLiteral("operator.password_set"), QStringLiteral("operator"),
                                  operatorId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT operatorsChanged();
    return {};
}

Status AuthService::changeOwnPassword(const Actor &actor, const QString &current, const QString &newPassword)
{
    Result<Actor> again = login(actor.username, current, actor.terminal);
    if (!again)
        return Error::make(Error::Code::Forbidden, tr("The current password is wrong."), {},
                           QStringLiteral("currentPassword"));
    if (Status s = validatePassword(newPassword); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE operators SET password_hash = :h, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":h"), PasswordHasher::hash(newPassword))
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), actor.operatorId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("operator.password_changed"), QStringLiteral("operator"),
                                  actor.operatorId);
        !s)
        return s;
    return tx.commit();
}

Result<QList<Branch>> AuthService::branches(const Actor &actor) const
{
    if (actor.operatorId == kNoId)
        return require(actor, Permission::MemberRead).error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, active FROM branches ORDER BY code"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Branch> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0});
    return out;
}

Result<Branch> AuthService::createBranch(const Actor &actor, const Branch &draft)
{
    if (Status s = require(actor, Permission::SettingsManage); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Id> id = insertBranch(draft);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("branch.create"), QStringLiteral("branch"), *id, draft.code);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Branch out = draft;
    out.id = *id;
    return out;
}

Result<QString> AuthService::setting(const QString &key, const QString &fallback) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : fallback;
}

Status AuthService::writeSetting(const QString &key, const QString &value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
    return q.exec();
}

Status AuthService::setSetting(const Actor &actor, const QString &key, const QString &value)
{
    if (Status s = require(actor, Permission::SettingsManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeSetting(key, value); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("setting.change"), QStringLiteral("setting"), kNoId, key); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT settingsChanged(key);
    return {};
}

} // namespace Club::Core
