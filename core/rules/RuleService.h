// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>

namespace Club::Core {

class Database;

// Stored rules as append-only versions (migration 0006). Reading needs RulesRead, every
// change RulesManage and writes an audit line.
//
// A version that may have produced points is never edited: revise() ends the version in
// force at `from` and appends the next one of the same series starting there, so the
// periods of a series never overlap and every point can name the version that gave it.
// Nothing starts or ends in the past.
class RuleService : public QObject
{
    Q_OBJECT

public:
    RuleService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // The first version of a new series; draft.validFrom invalid means now.
    Result<Rule> create(const Actor &actor, const Rule &draft);
    // Ends the version `ruleId` (the latest of its series) at `from` (invalid: now) and
    // appends `changed` from there; changed.validTo may close the new version too.
    Result<Rule> revise(const Actor &actor, Id ruleId, const Rule &changed, const QDateTime &from = {});
    // Brings the end of the latest version forward to `at` (invalid: now).
    Status end(const Actor &actor, Id ruleId, const QDateTime &at = {});

    Result<Rule> rule(const Actor &actor, Id ruleId) const;
    Result<QList<Rule>> versions(const Actor &actor, Id seriesId) const; // oldest first
    // Every version in force at the instant, in evaluation order (priority, then id).
    Result<QList<Rule>> activeRules(const Actor &actor, const QDateTime &at) const;
    // The latest version of every series, in evaluation order (priority, then id), for the
    // rules page; without `includeEnded` only series whose latest version has not ended
    // by now (those in force and those that start later).
    Result<QList<Rule>> latestVersions(const Actor &actor, bool includeEnded) const;

Q_SIGNALS:
    void rulesChanged(qint64 seriesId);

private:
    Result<Rule> load(Id ruleId) const;
    Result<Rule> insert(const Actor &actor, Rule rule, const QString &action);
    QDateTime now() const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
