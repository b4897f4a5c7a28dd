// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CreditPage: showing what a read answered (the member's figures, the aging) and where the
// figures came from.
#include "CreditPage.h"

#include "Format.h"
#include "cards/CardService.h"

#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

namespace Club::Ui {

using namespace Core;

namespace {
const QColor kLate(0xb0, 0x00, 0x20);

QTableWidgetItem *cell(const QString &text, qint64 data = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    return item;
}
} // namespace

void CreditPage::renderSource()
{
    QString text;
    QString style;
    if (isLoading()) {
        text = tr("Reading the figures…");
    } else if (!m_problem.isEmpty()) {
        text = m_problem;
        style = QStringLiteral("color: #b00020;");
    } else if (m_figuresFrom == CreditSource::Server) {
        text = tr("As the central server has them: every branch's operations are included.");
    } else if (m_figuresFrom == CreditSource::StoreOffline) {
        //: Shown over a member's credit figures when the central server does not answer
        text = tr("The central server cannot be reached: these figures are this desk's own records and miss what "
                  "other branches did. %Ln operation(s) of this desk wait to be sent.",
                  nullptr, m_pendingSync);
        style = QStringLiteral("color: #b00020; font-weight: bold;");
    }
    m_sourceNote->setText(text);
    m_sourceNote->setStyleSheet(style);
    m_sourceNote->setVisible(!text.isEmpty());
}

void CreditPage::showRead(const CreditRead<MemberCredit> &read)
{
    noteSource(read.source, read.pendingSync);
    if (read.value.standing.memberId == kNoId) {
        // Nothing to show (a refused read): empty fields, not another member's figures.
        for (QLabel *l : {m_limit, m_source, m_owed, m_available, m_scheduled, m_storedValue, m_points})
            l->clear();
        m_standing.reset();
        showStatement({});
        m_opening->clear();
        m_closing->clear();
        showInstallments({});
        m_charges.clear();
        m_chargeTable->setRowCount(0);
        return;
    }
    showStanding(read.value);
    showStatement(read.value.statement);
    showInstallments(read.value.plans);
    showGiftCards(read.value);
    updateButtons();
}

QString CreditPage::limitSourceText(const CreditStanding &s, const QString &cardTypeName) const
{
    if (s.limitSource == QLatin1String("member"))
        return tr("(the member's own limit)");
    if (s.limitSource == QLatin1String("card_type")) {
        //: %1 is a card type's name
        return !cardTypeName.isEmpty() ? tr("(limit of the card type %1)").arg(cardTypeName)
                                       : tr("(limit of the card type)");
    }
    return tr("(no credit allowed)");
}

void CreditPage::showStanding(const MemberCredit &credit)
{
    const CreditStanding &s = credit.standing;
    m_standing = s;
    m_limit->setText(Format::money(s.limit));
    m_source->setText(limitSourceText(s, credit.limitCardTypeName));
    m_owed->setText(s.owed < 0 ? tr("%1 paid ahead").arg(Format::money(-s.owed)) : Format::money(s.owed));
    m_available->setText(Format::money(s.available));
    m_scheduled->setText(Format::money(s.scheduled));
}

void CreditPage::showStatement(const CreditStatement &st)
{
    m_statement->setRowCount(0);
    // The ledger keeps what is owed as a negative balance; the operator reads debt as positive.
    m_opening->setText(Format::money(-st.opening));
    m_closing->setText(Format::money(-st.closing));
    for (const StatementEntry &e : st.entries) {
        const int row = m_statement->rowCount();
        m_statement->insertRow(row);
        QString what = e.kind;
        if (e.kind == QLatin1String("sale"))
            what = tr("Purchase on credit");
        else if (e.kind == QLatin1String("return"))
            what = tr("Return");
        else if (e.kind == QLatin1String("credit.repay"))
            what = tr("Payment");
        m_statement->setItem(row, 0, cell(Format::dateTime(e.at)));
        m_statement->setItem(row, 1, cell(what));
        m_statement->setItem(row, 2, cell(Format::ltr(e.reference)));
        m_statement->setItem(row, 3, cell(Format::money(-e.amount), -e.amount));
        m_statement->setItem(row, 4, cell(Format::money(-e.balance), -e.balance));
    }
}

void CreditPage::showInstallments(const QList<InstallmentPlan> &plans)
{
    m_installments->clear();
    for (const InstallmentPlan &p : plans) {
        auto *top = new QTreeWidgetItem(m_installments);
        //: An installment plan in the list: %1 its number, %Ln the number of installments
        top->setText(0, tr("Plan %1 (%Ln installment(s))", nullptr, p.count).arg(Format::number(p.id)));
        top->setText(2, Format::money(p.amount));
        top->setText(3, Format::money(p.paid));
        top->setText(4, Format::money(p.remaining));
        top->setText(5, p.remaining == 0 ? tr("Paid") : tr("Open"));
        top->setData(0, Qt::UserRole, p.id);
        for (const Installment &in : p.installments) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, Format::number(in.seq));
            item->setText(1, Format::date(in.dueOn));
            item->setText(2, Format::money(in.amount));
            item->setText(3, Format::money(in.paid));
            item->setText(4, Format::money(in.remaining));
            item->setData(0, Qt::UserRole, p.id);
            QString state = in.remaining == 0 ? tr("Paid") : in.paid > 0 ? tr("Partly paid") : tr("Due");
            if (in.late) {
                state = tr("Late");
                for (int c = 0; c < m_installments->columnCount(); ++c)
                    item->setForeground(c, kLate);
            }
            item->setText(5, state);
        }
        top->setExpanded(true);
    }
    if (m_installments->topLevelItemCount() > 0)
        m_installments->setCurrentItem(m_installments->topLevelItem(0));
}

void CreditPage::showGiftCards(const MemberCredit &credit)
{
    m_giftCards.clear();
    m_cards->setRowCount(0);
    // The cards themselves: this store's copy (a connected desk pulls them from the server).
    const Result<QList<Card>> cards = context().cards().cardsOfMember(context().actor(), m_memberId);
    if (cards) {
        for (const Card &c : *cards) {
            if (c.kind != CardKind::Gift)
                continue;
            if (c.status == CardStatus::Active)
                m_giftCards << c;
            const int row = m_cards->rowCount();
            m_cards->insertRow(row);
            m_cards->setItem(row, 0, cell(Format::ltr(c.number), c.id));
            m_cards->setItem(row, 1, cell(c.cardTypeName));
            m_cards->setItem(row, 2, cell(c.status == CardStatus::Active ? tr("Active") : tr("Not active")));
        }
    }
    // Every charge on the member's account: a charge made yesterday, at another desk or at
    // another branch shows (and, where this store posts credit, can be returned) as well.
    m_charges = credit.charges;
    m_chargeTable->setRowCount(0);
    for (int i = 0; i < m_charges.size(); ++i) {
        const GiftCardCharge &c = m_charges.at(i);
        m_chargeTable->insertRow(i);
        m_chargeTable->setItem(i, 0, cell(Format::dateTime(c.at), c.id));
        m_chargeTable->setItem(i, 1, cell(Format::ltr(credit.chargeCardNumbers.value(i))));
        m_chargeTable->setItem(i, 2, cell(Format::money(c.amount), c.amount));
        //: State of a gift card charge
        m_chargeTable->setItem(i, 3, cell(c.returned ? tr("Returned") : c.promotional ? tr("Given by the club")
                                                                                     : tr("Paid")));
    }
    m_storedValue->setText(Format::money(credit.storedValue));
    //: %1 the points that may be spent now, %2 all points (some still pending)
    m_points->setText(credit.points == credit.pointsAvailable
                          ? Format::number(credit.points)
                          : tr("%1 of %2").arg(Format::number(credit.pointsAvailable), Format::number(credit.points)));
}

void CreditPage::showAging(const QList<AgingRow> &rows)
{
    AgingRow total;
    auto add = [this](const AgingRow &r, const QString &name, bool bold) {
        const int row = m_aging->rowCount();
        m_aging->insertRow(row);
        const Money values[] = {r.owed, r.current, r.days1to30, r.days31to60, r.days61to90, r.over90};
        m_aging->setItem(row, AgingMember, cell(name, r.memberId));
        for (int c = 0; c < 6; ++c)
            m_aging->setItem(row, AgingOwed + c, cell(Format::money(values[c]), values[c]));
        if (bold) {
            for (int c = 0; c < AgingColumnCount; ++c) {
                QFont f = m_aging->item(row, c)->font();
                f.setBold(true);
                m_aging->item(row, c)->setFont(f);
            }
        }
    };
    for (const AgingRow &r : rows) {
        add(r, r.memberName, false);
        total.owed += r.owed;
        total.current += r.current;
        total.days1to30 += r.days1to30;
        total.days31to60 += r.days31to60;
        total.days61to90 += r.days61to90;
        total.over90 += r.over90;
    }
    //: The totals row of the aging report
    add(total, tr("Total"), true);
}

} // namespace Club::Ui
