// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionListModel.h"

#include "Format.h"
#include "TransactionWords.h"
#include "transactions/TransactionService.h"

namespace Club::Ui {

using namespace Core;

TransactionListModel::TransactionListModel(TransactionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

Status TransactionListModel::load(const Actor &actor, const TransactionFilter &filter)
{
    m_actor = actor;
    m_filter = filter;
    Result<TransactionPage> page = m_service.list(actor, filter, {}, m_pageSize);
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_next = {};
    if (page) {
        m_rows = page->rows;
        m_more = page->more;
        m_next = page->next;
    }
    endResetModel();
    if (!page) {
        m_error = page.error();
        return page.error();
    }
    return {};
}

int TransactionListModel::rowOf(Id transactionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == transactionId)
            return int(i);
    }
    return -1;
}

bool TransactionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void TransactionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    Result<TransactionPage> page = m_service.list(m_actor, m_filter, m_next, m_pageSize);
    if (!page) {
        m_more = false; // a view would otherwise ask again at once, and again
        m_error = page.error();
        Q_EMIT loadFailed(page.error());
        return;
    }
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        m_rows.append(page->rows);
        endInsertRows();
    }
    m_more = page->more;
    m_next = page->next;
}

int TransactionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransactionRow &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return Format::number(t.id);
        case DateColumn:
            return Format::dateTime(t.createdAt);
        case KindColumn:
            return TransactionWords::kind(t.kind);
        case MemberColumn:
            return t.memberName;
        case PointsColumn:
            return t.points != 0 ? Format::number(t.points) : QString();
        case MoneyColumn:
            return t.money != 0 ? Format::money(t.money) : QString();
        case BranchColumn:
            return t.branchName;
        case OperatorColumn:
            return t.operatorName;
        case StateColumn:
            if (t.voidedBy != kNoId)
                //: A transaction's state: reversed by a void (%1: the void's number)
                return tr("Voided by %1").arg(Format::number(t.voidedBy));
            if (t.voids != kNoId)
                //: A void's state: %1 the number of the transaction it reversed
                return tr("Voids %1").arg(Format::number(t.voids));
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (!t.memo.isEmpty())
            return t.memo;
        break;
    case Qt::UserRole:
        return t.id;
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn || index.column() == MoneyColumn || index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    }
    return {};
}

QVariant TransactionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Column: the transaction's number
        return tr("No.");
    case DateColumn:
        //: Column: date and time
        return tr("When");
    case KindColumn:
        //: Column: what kind of transaction (sale, return...)
        return tr("Kind");
    case MemberColumn:
        return tr("Member");
    case PointsColumn:
        //: Column: the points the transaction moved
        return tr("Points");
    case MoneyColumn:
        //: Column: the money the transaction moved
        return tr("Amount");
    case BranchColumn:
        return tr("Branch");
    case OperatorColumn:
        return tr("Operator");
    case StateColumn:
        //: Column: voided or not
        return tr("State");
    }
    return {};
}

} // namespace Club::Ui
