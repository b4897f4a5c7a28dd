// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"
#include "util/Result.h"

#include <QAbstractTableModel>

namespace Club::Ui {

class UiContext;

// The rows of a member search (MemberService::search): name, mobile, card number, tier,
// active. Runs the query again when a member is created or changed, so the list never
// shows a stale name.
class MemberSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MobileColumn, CardColumn, TierColumn, ActiveColumn, ColumnCount };
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    explicit MemberSearchModel(UiContext &context, QObject *parent = nullptr);

    // Empty query: the newest members. Leaves the rows as they were on error.
    Core::Status search(const QString &query);
    Core::Status refresh() { return search(m_query); }
    QString query() const { return m_query; }

    void setIncludeInactive(bool include) { m_includeInactive = include; }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    // Only members of this saved segment (kNoId: all).
    void setSegment(Core::Id segmentId) { m_segmentId = segmentId; }
    Core::Id segment() const { return m_segmentId; }

    const Core::MemberSummary &member(int row) const { return m_rows.at(row); }
    qint64 memberId(int row) const;
    int rowOf(qint64 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    UiContext &m_context;
    QList<Core::MemberSummary> m_rows;
    QString m_query;
    int m_limit = 50;
    bool m_includeInactive = true;
    Core::Id m_segmentId = Core::kNoId;
};

} // namespace Club::Ui
