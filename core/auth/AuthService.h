// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Actor.h"
#include "AuditLog.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace Club::Core {

class Database;

struct Branch
{
    Id id = kNoId;
    QString code;
    QString name;
    bool active = true;
};

struct Operator
{
    Id id = kNoId;
    QString username;
    QString fullName;
    Role role = Role::Staff;
    Id branchId = kNoId;
    bool active = true;
    bool lockedOut = false; // too many wrong passwords; an administrator sets a new one
};

struct StoreSetup
{
    QString storeName;
    QString branchCode;
    QString branchName;
    QString adminUsername;
    QString adminFullName;
    QString adminPassword;
};

// Operators, branches, login, first-run set-up and store settings.
class AuthService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kMinPasswordLength = 6;

    AuthService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // True while the store has no operator: the first-run wizard must run.
    Result<bool> needsSetup() const;
    // Creates the store, first branch and admin operator; refused once set up.
    Result<Actor> setUp(const StoreSetup &setup);

    Result<Actor> login(const QString &username, const QString &password, const QString &terminal = {});

    Result<QList<Operator>> operators(const Actor &actor) const;
    Result<Operator> createOperator(const Actor &actor, const Operator &draft, const QString &password);
    Status updateOperator(const Actor &actor, const Operator &changed);
    // An administrator sets anyone's password (and clears a lock-out); anyone may change
    // their own with the current one.
    Status setPassword(const Actor &actor, Id operatorId, const QString &newPassword);
    Status changeOwnPassword(const Actor &actor, const QString &current, const QString &newPassword);

    Result<QList<Branch>> branches(const Actor &actor) const;
    Result<Branch> createBranch(const Actor &actor, const Branch &draft);

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const Actor &actor, const QString &key, const QString &value);

Q_SIGNALS:
    void operatorsChanged();
    void settingsChanged(const QString &key);

private:
    Status validatePassword(const QString &password) const;
    Status writeSetting(const QString &key, const QString &value);
    Result<Id> insertBranch(const Branch &draft);
    Result<Operator> insertOperator(const Operator &draft, const QString &password);

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
