// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSearchModel.h"
#include "messaging/SegmentService.h"

#include <QSet>

#include "Format.h"
#include "Labels.h"
#include "UiContext.h"
#include "members/MemberService.h"

#include <QBrush>
#include <QPalette>

namespace Club::Ui {

MemberSearchModel::MemberSearchModel(UiContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    auto refreshSilently = [this] {
        (void)refresh();
    };
    connect(&context.members(), &Core::MemberService::memberCreated, this, refreshSilently);
    connect(&context.members(), &Core::MemberService::memberUpdated, this, refreshSilently);
}

Core::Status MemberSearchModel::search(const QString &query)
{
    // A segment narrows a wider search: its members are matched by id.
    constexpr int kSegmentSearchLimit = 5000;
    Core::Result<QList<Core::MemberSummary>> found = m_context.members().search(
        m_context.actor(), query, m_segmentId == Core::kNoId ? m_limit : kSegmentSearchLimit, m_includeInactive);
    if (!found)
        return found.error();
    if (m_segmentId != Core::kNoId) {
        const Core::Result<Core::Segment> segment = m_context.segments().segment(m_context.actor(), m_segmentId);
        if (!segment)
            return segment.error();
        const Core::Result<QList<Core::Id>> ids = m_context.segments().memberIds(segment->filter);
        if (!ids)
            return ids.error();
        const QSet<Core::Id> in(ids->cbegin(), ids->cend());
        QList<Core::MemberSummary> kept;
        for (const Core::MemberSummary &m : std::as_const(*found)) {
            if (in.contains(m.id) && kept.size() < m_limit)
                kept << m;
        }
        found = kept;
    }
    m_query = query;
    beginResetModel();
    m_rows = std::move(found).value();
    endResetModel();
    return {};
}

qint64 MemberSearchModel::memberId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : Core::kNoId;
}

int MemberSearchModel::rowOf(qint64 memberId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == memberId)
            return row;
    }
    return -1;
}

int MemberSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::MemberSummary &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.fullName;
        case MobileColumn:
            return Labels::mobile(m.mobile);
        case CardColumn:
            return Labels::cardNumber(m.cardNumber);
        case TierColumn:
            return Labels::tier(m.tier);
        case ActiveColumn:
            //: Member state in the search list
            return m.active ? tr("Active") : tr("Inactive");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !m.nationalCode.isEmpty())
            return tr("National code: %1").arg(Format::ltr(m.nationalCode));
        break;
    case Qt::ForegroundRole:
        if (!m.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case MemberIdRole:
        return m.id;
    }
    return {};
}

QVariant MemberSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MobileColumn:
        return tr("Mobile");
    case CardColumn:
        return tr("Card number");
    case TierColumn:
        //: Membership tier (white, silver, gold...)
        return tr("Tier");
    case ActiveColumn:
        //: Column: whether the member is active
        return tr("State");
    }
    return {};
}

} // namespace Club::Ui
