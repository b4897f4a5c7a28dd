// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Club::Core {

// A private connection to one SQLite file for the length of a call, made and dropped in
// the calling thread, so backups and the store move never share the desk's connection.
// `readOnly`: opened with SQLITE_OPEN_READONLY (the dry run of a move reads the live store).
class FileConnection
{
public:
    explicit FileConnection(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("club-file-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = QFile::exists(path) && db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~FileConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt value;
        return value;
    }

    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace Club::Core
