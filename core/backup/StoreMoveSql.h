// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace Club::Core {

class Database;

// The SQL of moving an embedded store (SQLite) into the central database (PostgreSQL).
// The source is read through its own connection (a FileConnection); the target is a
// Database, so its writes go through Transaction.
class StoreMoveSql
{
    Q_DECLARE_TR_FUNCTIONS(StoreMoveSql)

public:
    struct Progress
    {
        qint64 lastRowid = 0;
        qint64 copied = 0;
        bool done = false;
    };
    struct Batch
    {
        QList<QVariantList> rows;
        qint64 lastRowid = 0;
    };

    // The tables of the club's data, parents before children (foreign keys). Left out: the
    // engine's own tables, the schema log, and what belongs to one desk or to the server's
    // machinery (sync_*, server_*). `cycle` gets the tables left when the keys form a loop.
    static Result<QStringList> sourceTables(const QSqlDatabase &source, QStringList *cycle);
    static Result<QStringList> sourceColumns(const QSqlDatabase &source, const QString &table);
    static Result<QStringList> targetColumns(const Database &target, const QString &table);
    static Result<int> sourceSchemaVersion(const QSqlDatabase &source);
    static Result<qint64> sourceCount(const QSqlDatabase &source, const QString &table);
    static Result<qint64> targetCount(const Database &target, const QString &table);
    // Tables whose rows make a club (what a migrated, still empty database never holds).
    static QStringList clubTables();

    // Rows after `afterRowid` in rowid order, at most `limit`, of the columns named.
    static Result<Batch> readBatch(const QSqlDatabase &source, const QString &table, const QStringList &columns,
                                   qint64 afterRowid, int limit);
    // Inserts the rows and records the progress in one transaction of the target.
    // `clearFirst` (a table's first batch): rows the migrations made there (the home
    // merchant...) go first, since the store brings its own copy of them.
    static Status writeBatch(const Database &target, const QString &moveId, const QString &table,
                             const QStringList &columns, const Batch &batch, bool done, bool clearFirst);

    static Result<QHash<QString, Progress>> progress(const Database &target, const QString &moveId);
    // Other moves recorded in the target (another store went there first).
    static Result<QStringList> otherMoves(const Database &target, const QString &moveId);
    static Status startProgress(const Database &target, const QString &moveId, const QStringList &tables);

    // Identity columns continue after the copied ids.
    static Status continueIdentities(const Database &target, const QStringList &tables);

    // id → value of one numeric column, for the comparison after the move.
    static Result<QHash<qint64, qint64>> sourceValues(const QSqlDatabase &source, const QString &table,
                                                      const QString &column);
    static Result<QHash<qint64, qint64>> targetValues(const Database &target, const QString &table,
                                                      const QString &column);

private:
    // Rows of a table that stay with this desk ("sync.*" settings: its own server address
    // and sealed terminal secret).
    static QString sourceFilter(const QString &table);
};

} // namespace Club::Core
