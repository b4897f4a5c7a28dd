// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMove.h"

#include "BackupSql.h"
#include "FileConnection.h"
#include "StoreMoveSql.h"
#include "auth/AuditLog.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Migrator.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

namespace Club::Core {

namespace {

Error stopped(const QStringList &problems)
{
    return Error::make(Error::Code::Conflict, problems.join(QLatin1Char('\n')),
                       QStringLiteral("store move refused: %1 problem(s)").arg(problems.size()));
}

// The data check of a store, as one problem line when it fails.
QString checkProblem(const Actor &actor, Database &db, const QString &whose)
{
    LedgerService ledger(db);
    InventoryService inventory(db);
    Result<DataReport> report = DataCheck::run(actor, db, ledger, inventory);
    if (!report)
        return report.error().message;
    if (!report->ok())
        return whose + QLatin1Char('\n') + report->plainWords();
    return {};
}

} // namespace

QString StoreMoveOutcome::plainWords() const
{
    const QLocale locale;
    QStringList lines;
    if (!finished)
        lines << StoreMove::tr("The move was stopped. Start it again to go on where it stopped.");
    qint64 rows = 0;
    for (const StoreMoveTable &t : tables)
        rows += t.copied;
    lines << StoreMove::tr("%1 rows in %Ln table(s) are in the central database.", nullptr, int(tables.size()))
                 .arg(locale.toString(rows));
    if (finished) {
        if (differences.isEmpty())
            //: %1 ledger accounts, %2 points lots
            lines << StoreMove::tr("Both sides hold the same rows; %1 account balances and %2 points lots are "
                                   "identical.")
                         .arg(locale.toString(accountsCompared), locale.toString(lotsCompared));
        else
            lines << StoreMove::tr("The two sides differ:") << differences;
        lines << centralCheck.plainWords();
    }
    if (!laterChanges.isEmpty())
        lines << StoreMove::tr("This desk recorded changes after the move began; they are not in the central "
                               "database: %1. Empty the central database and move again, with no sales on this "
                               "desk meanwhile.")
                     .arg(laterChanges.join(QLatin1String(", ")));
    return lines.join(QLatin1Char('\n'));
}

StoreMove::StoreMove(Database &store, const Database::Config &target) : m_store(store), m_target(target) {}

QString StoreMove::statePath(const QString &storePath)
{
    return storePath + QStringLiteral(".move");
}

QString StoreMove::snapshotPath(const QString &storePath)
{
    return storePath + QStringLiteral(".move-snapshot");
}

QString StoreMove::targetName() const
{
    return QStringLiteral("%1:%2/%3").arg(m_target.host).arg(m_target.port).arg(m_target.name);
}

StoreMove::State StoreMove::loadState() const
{
    QFile file(statePath(m_store.config().path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return State{o.value(QLatin1String("moveId")).toString(), o.value(QLatin1String("target")).toString()};
}

Status StoreMove::saveState(const State &state) const
{
    QSaveFile file(statePath(m_store.config().path));
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("moveId"), state.moveId},
                                                      {QStringLiteral("target"), state.target}})
                                .toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::make(Error::Code::Storage,
                           tr("The move could not write its notes beside the data file (%1).")
                               .arg(QDir::toNativeSeparators(file.fileName())),
                           file.errorString());
    return {};
}

Result<StoreMovePlan> StoreMove::plan(const Actor &actor) const
{
    if (Status s = require(actor, Permission::StoreMove); !s)
        return s.error();
    if (m_store.engine() != Database::Engine::SQLite)
        return Error::make(Error::Code::Unsupported, tr("This desk already works on a central database."));
    Database central;
    if (Status s = central.open(m_target); !s)
        return s.error();
    const State state = loadState();
    const bool resume = !state.moveId.isEmpty() && state.target == targetName()
        && QFile::exists(snapshotPath(m_store.config().path));
    Result<StoreMovePlan> plan = inspect(central, resume ? snapshotPath(m_store.config().path) : m_store.config().path,
                                         resume ? state : State{});
    if (plan && !plan->resuming) {
        if (const QString problem = checkProblem(actor, m_store,
                                                 tr("This desk's data does not pass its check; it is not moved:"));
            !problem.isEmpty())
            plan.value().problems << problem;
    }
    return plan;
}

Result<StoreMovePlan> StoreMove::inspect(const Database &central, const QString &source, const State &state) const
{
    StoreMovePlan plan;
    Migrator migrator(const_cast<Database &>(central));
    Result<int> version = migrator.currentVersion();
    if (!version)
        return version.error();
    plan.schemaVersion = *version;
    plan.schemaToCreate = *version == 0;
    if (*version > migrator.latestVersion())
        plan.problems << tr("The central database was made by a newer version of the program. Update this "
                            "program first.");
    else if (*version > 0 && *version < migrator.latestVersion())
        plan.problems << tr("The central database was made by an older version of the program. Start the central "
                            "server of this version once (it brings its database up to date), then check again.");
    if (!plan.problems.isEmpty())
        return plan; // nothing more can be read safely from a database of another version

    FileConnection src(source, true);
    if (!src.ok())
        return Error::make(Error::Code::Storage,
                           tr("The data file %1 could not be read.").arg(QDir::toNativeSeparators(source)),
                           src.error());
    QStringList cycle;
    Result<QStringList> tables = StoreMoveSql::sourceTables(src.db(), &cycle);
    if (!tables)
        return tables.error();
    if (!cycle.isEmpty())
        plan.problems << tr("These tables refer to each other in a loop and cannot be moved in order: %1")
                             .arg(cycle.join(QLatin1String(", ")));

    QHash<QString, StoreMoveSql::Progress> progress;
    if (!state.moveId.isEmpty() && !plan.schemaToCreate) {
        Result<QHash<QString, StoreMoveSql::Progress>> p = StoreMoveSql::progress(central, state.moveId);
        if (!p)
            return p.error();
        progress = *p;
    }
    plan.resuming = !progress.isEmpty();
    if (!plan.resuming && !plan.schemaToCreate && plan.problems.isEmpty()) {
        Result<QStringList> others = StoreMoveSql::otherMoves(central, state.moveId);
        if (!others)
            return others.error();
        if (!others->isEmpty())
            plan.problems << tr("Another store has already been moved into this central database.");
    }

    const QLocale locale;
    for (const QString &table : std::as_const(*tables)) {
        StoreMoveTable t;
        t.name = table;
        Result<qint64> rows = StoreMoveSql::sourceCount(src.db(), table);
        if (!rows)
            return rows.error();
        t.rows = *rows;
        t.copied = progress.value(table).copied;
        t.done = progress.value(table).done;
        plan.totalRows += t.rows;
        if (!plan.schemaToCreate) {
            Result<QStringList> mine = StoreMoveSql::sourceColumns(src.db(), table);
            Result<QStringList> theirs = StoreMoveSql::targetColumns(central, table);
            if (!mine || !theirs)
                return !mine ? mine.error() : theirs.error();
            for (const QString &column : std::as_const(*mine)) {
                if (!theirs->contains(column)) {
                    plan.problems << tr("The central database has no column %1 in %2; it was made for another "
                                        "version of the program.")
                                         .arg(column, table);
                    break;
                }
            }
            if (!plan.resuming && StoreMoveSql::clubTables().contains(table)) {
                Result<qint64> there = StoreMoveSql::targetCount(central, table);
                if (!there)
                    return there.error();
                if (*there > 0 && plan.problems.size() < 5)
                    plan.problems << tr("The central database already holds data (%1 rows in %2). Move into an "
                                        "empty database.")
                                         .arg(locale.toString(*there), table);
            }
        }
        plan.tables << t;
    }
    return plan;
}

Result<StoreMoveOutcome> StoreMove::run(const Actor &actor, const Progress &progress)
{
    if (Status s = require(actor, Permission::StoreMove); !s)
        return s.error();
    Result<StoreMovePlan> plan = this->plan(actor);
    if (!plan)
        return plan.error();
    if (!plan->ok())
        return stopped(plan->problems);

    Database central;
    if (Status s = central.open(m_target); !s)
        return s.error();
    const QString storePath = m_store.config().path;
    State state = loadState();
    if (!plan->resuming) {
        // A new move: a snapshot of this moment, checked, then the central tables.
        if (Status s = BackupSql::snapshot(storePath, snapshotPath(storePath)); !s)
            return s.error();
        {
            Database snapshot;
            if (Status s = snapshot.open(Database::Config{Database::Engine::SQLite, snapshotPath(storePath)}); !s)
                return s.error();
            if (const QString problem = checkProblem(actor, snapshot,
                                                     tr("The copy of this desk's data does not pass its check:"));
                !problem.isEmpty()) {
                snapshot.close();
                QFile::remove(snapshotPath(storePath));
                return stopped({problem});
            }
        }
        if (Status s = Migrator(central).migrate(); !s)
            return s.error();
        // The notes come before the progress rows: a crash between the two starts afresh,
        // never leaves progress rows no desk knows about.
        state = State{QUuid::createUuid().toString(QUuid::WithoutBraces), targetName()};
        if (Status s = saveState(state); !s)
            return s.error();
        QStringList names;
        for (const StoreMoveTable &t : std::as_const(plan->tables))
            names << t.name;
        if (Status s = StoreMoveSql::startProgress(central, state.moveId, names); !s)
            return s.error();
        qCInfo(lcDb) << "store move" << state.moveId << "began:" << plan->totalRows << "rows in" << names.size()
                     << "tables";
    } else {
        qCInfo(lcDb) << "store move" << state.moveId << "resumed";
    }

    StoreMoveOutcome outcome;
    outcome.tables = plan->tables;
    if (Status s = copy(central, state.moveId, outcome, progress); !s)
        return s.error();
    if (!outcome.finished)
        return outcome;
    QStringList names;
    for (const StoreMoveTable &t : std::as_const(outcome.tables))
        names << t.name;
    if (Status s = StoreMoveSql::continueIdentities(central, names); !s)
        return s.error();
    if (Status s = compare(actor, central, outcome); !s)
        return s.error();
    if (outcome.ok()) {
        AuditLog audit(central);
        if (Status s = audit.record(actor, QStringLiteral("store.move"), QStringLiteral("store"), kNoId,
                                    QStringLiteral("moved from a desk's embedded store (%1)").arg(state.moveId));
            !s)
            qCWarning(lcDb) << "store move: audit record failed:" << s.error().detail;
        QFile::remove(snapshotPath(storePath));
        QFile::remove(statePath(storePath));
        qCInfo(lcDb) << "store move" << state.moveId << "finished and compared";
    }
    return outcome;
}

Status StoreMove::copy(const Database &central, const QString &moveId, StoreMoveOutcome &outcome,
                       const Progress &progress) const
{
    FileConnection src(snapshotPath(m_store.config().path), true);
    if (!src.ok())
        return Error::make(Error::Code::Storage, tr("The copy of this desk's data made for the move is missing."),
                           src.error());
    qint64 total = 0, done = 0;
    for (const StoreMoveTable &t : std::as_const(outcome.tables)) {
        total += t.rows;
        done += t.copied;
    }
    for (StoreMoveTable &t : outcome.tables) {
        if (t.done)
            continue;
        Result<QStringList> columns = StoreMoveSql::sourceColumns(src.db(), t.name);
        if (!columns)
            return columns.error();
        Result<QHash<QString, StoreMoveSql::Progress>> marks = StoreMoveSql::progress(central, moveId);
        if (!marks)
            return marks.error();
        qint64 after = marks->value(t.name).lastRowid;
        for (;;) {
            Result<StoreMoveSql::Batch> batch = StoreMoveSql::readBatch(src.db(), t.name, *columns, after, m_batchRows);
            if (!batch)
                return batch.error();
            const bool last = batch->rows.size() < m_batchRows;
            const bool first = after == 0 && t.copied == 0;
            if (Status s = StoreMoveSql::writeBatch(central, moveId, t.name, *columns, *batch, last, first); !s)
                return s;
            t.copied += batch->rows.size();
            done += batch->rows.size();
            after = batch->lastRowid;
            if (last) {
                t.done = true;
                break;
            }
            if (progress && !progress(done, total))
                return {}; // stopped: outcome.finished stays false
        }
        if (progress && !progress(done, total))
            return {};
    }
    outcome.finished = true;
    return {};
}

Status StoreMove::compare(const Actor &actor, const Database &central, StoreMoveOutcome &outcome) const
{
    const QLocale locale;
    FileConnection snapshot(snapshotPath(m_store.config().path), true);
    FileConnection live(m_store.config().path, true);
    if (!snapshot.ok() || !live.ok())
        return Error::make(Error::Code::Storage, tr("This desk's data could not be read for the comparison."),
                           snapshot.error() + live.error());
    for (StoreMoveTable &t : outcome.tables) {
        Result<qint64> there = StoreMoveSql::targetCount(central, t.name);
        Result<qint64> now = StoreMoveSql::sourceCount(live.db(), t.name);
        if (!there || !now)
            return !there ? there.error() : now.error();
        if (*there != t.rows)
            //: %1 table, %2 rows here, %3 rows in the central database
            outcome.differences << tr("%1: %2 rows here, %3 in the central database")
                                       .arg(t.name, locale.toString(t.rows), locale.toString(*there));
        if (*now != t.rows)
            outcome.laterChanges << t.name;
    }
    const auto sameValues = [&](const QString &table, const QString &column, qint64 &compared) -> Status {
        Result<QHash<qint64, qint64>> mine = StoreMoveSql::sourceValues(snapshot.db(), table, column);
        Result<QHash<qint64, qint64>> theirs = StoreMoveSql::targetValues(central, table, column);
        if (!mine || !theirs)
            return !mine ? mine.error() : theirs.error();
        compared = mine->size();
        int shown = 0;
        for (auto it = mine->cbegin(); it != mine->cend(); ++it) {
            if (theirs->value(it.key(), it.value() + 1) != it.value() && shown++ < 10)
                //: %1 table, %2 row id, %3 column
                outcome.differences << tr("%1 row %2: %3 differs").arg(table).arg(it.key()).arg(column);
        }
        return {};
    };
    if (Status s = sameValues(QStringLiteral("ledger_accounts"), QStringLiteral("balance"), outcome.accountsCompared);
        !s)
        return s;
    if (Status s = sameValues(QStringLiteral("points_lots"), QStringLiteral("remaining"), outcome.lotsCompared); !s)
        return s;
    Database &centralDb = const_cast<Database &>(central);
    LedgerService ledger(centralDb);
    InventoryService inventory(centralDb);
    Result<DataReport> report = DataCheck::run(actor, centralDb, ledger, inventory);
    if (!report)
        return report.error();
    outcome.centralCheck = *report;
    return {};
}

} // namespace Club::Core
