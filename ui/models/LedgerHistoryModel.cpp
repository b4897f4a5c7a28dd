// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerHistoryModel.h"

#include "Format.h"
#include "Labels.h"

namespace Club::Ui {

namespace {
// "+۱۲۰" / "−۳۵": the sign says which way the balance moved; zero shows nothing.
QString signedAmount(qint64 value, QString (*format)(qint64))
{
    if (value == 0)
        return {};
    const QString magnitude = format(value < 0 ? -value : value);
    // U+2212 MINUS SIGN reads better than a hyphen; both isolated so RTL keeps the sign first.
    return Format::ltr((value < 0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + magnitude);
}
} // namespace

void LedgerHistoryModel::setTransactions(const QList<Core::JournalTransaction> &transactions)
{
    beginResetModel();
    m_rows = transactions;
    endResetModel();
}

int LedgerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::JournalTransaction &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Format::dateTime(t.createdAt);
        case KindColumn:
            // A donation names its charity (the memo) where the member's history is read.
            if (t.kind == QLatin1String("donation") && !t.memo.isEmpty())
                //: Member history: points donated to the charity %1
                return tr("Donation to %1").arg(t.memo);
            return Labels::transactionKind(t.kind);
        case PointsColumn:
            return signedAmount(t.pointsDelta, &Format::number);
        case MoneyColumn:
            return signedAmount(t.moneyDelta, &Format::money);
        case OperatorColumn:
            return t.operatorName;
        }
        break;
    case Qt::ToolTipRole:
        if (!t.memo.isEmpty())
            return t.memo;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn || index.column() == MoneyColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    }
    return {};
}

QVariant LedgerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        //: Column: date and time
        return tr("When");
    case KindColumn:
        //: Column: what kind of transaction (points earned, spent...)
        return tr("Transaction");
    case PointsColumn:
        return tr("Points");
    case MoneyColumn:
        //: Column: change of the stored value (gift money)
        return tr("Amount");
    case OperatorColumn:
        return tr("Operator");
    }
    return {};
}

} // namespace Club::Ui
