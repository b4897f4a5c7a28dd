// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationService.h"

#include "OrganisationSql.h"
#include "credit/CreditService.h"
#include "members/MemberService.h"
#include "members/Validation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <algorithm>

namespace Club::Core {

namespace {
constexpr int kMaxNameLength = 120;

QByteArray csvCell(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}
} // namespace

OrganisationService::OrganisationService(Database &db, MemberService &members, CreditService &credit,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_members(members)
    , m_credit(credit)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<Organisation> OrganisationService::validated(const Organisation &draft) const
{
    Organisation o = draft;
    o.name = Text::normalizeName(draft.name).simplified();
    if (o.name.isEmpty())
        return Error::invalid(tr("Enter the organisation's name."), QStringLiteral("name"));
    if (o.name.size() > kMaxNameLength)
        return Error::invalid(tr("The organisation's name is too long."), QStringLiteral("name"));
    o.contactName = Text::normalizeName(draft.contactName).simplified();
    o.contactPhone = Text::toLatinDigits(draft.contactPhone).trimmed();
    o.contactEmail = Validation::normalizeEmail(draft.contactEmail);
    if (!o.contactEmail.isEmpty() && !Validation::isValidEmail(o.contactEmail))
        return Error::invalid(tr("This email address is not valid."), QStringLiteral("contactEmail"));
    o.notes = draft.notes.trimmed();
    return o;
}

Result<QList<Organisation>> OrganisationService::list(const Actor &actor, bool includeInactive) const
{
    if (Status s = require(actor, Permission::OrganisationRead); !s)
        return s.error();
    return OrganisationSql(m_db).list(includeInactive);
}

Result<Organisation> OrganisationService::organisation(const Actor &actor, Id id) const
{
    if (Status s = require(actor, Permission::OrganisationRead); !s)
        return s.error();
    return OrganisationSql(m_db).get(id);
}

Result<Organisation> OrganisationService::create(const Actor &actor, const Organisation &draft)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s.error();
    Result<Organisation> o = validated(draft);
    if (!o)
        return o.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QDateTime now = m_clock.nowUtc();
    Result<Id> id = OrganisationSql(m_db).insert(*o, now);
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("An organisation with this name already exists."),
                               id.error().detail, QStringLiteral("name"));
        return id.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.create"), QStringLiteral("organisation"), *id);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT organisationsChanged();
    return OrganisationSql(m_db).get(*id);
}

Status OrganisationService::update(const Actor &actor, const Organisation &changed)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s;
    Result<Organisation> o = validated(changed);
    if (!o)
        return o.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<Organisation> before = OrganisationSql(m_db).get(changed.id); !before)
        return before.error();
    if (Status s = OrganisationSql(m_db).update(*o, m_clock.nowUtc()); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("An organisation with this name already exists."),
                               s.error().detail, QStringLiteral("name"));
        return s;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.update"), QStringLiteral("organisation"),
                                  changed.id, changed.active ? QString() : QStringLiteral("inactive"));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT organisationsChanged();
    return {};
}

Result<QList<OrganisationMembership>> OrganisationService::members(const Actor &actor, Id organisationId,
                                                                   bool includeEnded) const
{
    if (Status s = require(actor, Permission::OrganisationRead); !s)
        return s.error();
    return OrganisationSql(m_db).members(organisationId, includeEnded);
}

Result<QList<OrganisationMembership>> OrganisationService::organisationsOf(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::OrganisationRead); !s)
        return s.error();
    return OrganisationSql(m_db).organisationsOf(memberId);
}

Status OrganisationService::addMember(const Actor &actor, Id organisationId, Id memberId,
                                      const QString &staffNumber, const QDate &joinedOn)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const OrganisationSql sql(m_db);
    Result<Organisation> org = sql.get(organisationId);
    if (!org)
        return org.error();
    if (Result<Member> m = m_members.member(actor, memberId); !m)
        return m.error();
    Result<OrganisationMembership> existing = sql.membership(organisationId, memberId);
    if (!existing)
        return existing.error();
    const QDateTime now = m_clock.nowUtc();
    OrganisationMembership link = *existing;
    link.organisationId = organisationId;
    link.memberId = memberId;
    link.staffNumber = Text::toLatinDigits(staffNumber).trimmed();
    link.joinedOn = joinedOn.isValid() ? joinedOn : now.toLocalTime().date();
    if (link.id != kNoId) {
        if (existing->current())
            return Error::make(Error::Code::Duplicate, tr("This member already belongs to the organisation."),
                               QStringLiteral("membership %1").arg(link.id), QStringLiteral("memberId"));
        link.leftOn = QDate();
        link.fundedCredit = false;
        if (Status s = sql.updateMembership(link); !s)
            return s;
    } else if (Result<Id> id = sql.insertMembership(link, now); !id) {
        return id.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.member_add"), QStringLiteral("organisation"),
                                  organisationId, QStringLiteral("member=%1").arg(memberId));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT membershipsChanged(organisationId);
    Q_EMIT organisationsChanged();
    return {};
}

Status OrganisationService::endMembership(const Actor &actor, Id organisationId, Id memberId, const QDate &leftOn)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const OrganisationSql sql(m_db);
    Result<OrganisationMembership> link = sql.membership(organisationId, memberId);
    if (!link)
        return link.error();
    if (link->id == kNoId || !link->current())
        return Error::make(Error::Code::NotFound, tr("This member does not belong to the organisation."),
                           QStringLiteral("org %1 member %2").arg(organisationId).arg(memberId));
    OrganisationMembership ended = *link;
    ended.leftOn = leftOn.isValid() ? leftOn : m_clock.nowUtc().toLocalTime().date();
    // The organisation stops paying for what the member buys from now on. The flag stays:
    // it tells the statement the member was funded until left_on.
    if (ended.fundedCredit) {
        if (Status s = m_credit.setMemberLimit(actor, memberId, -1,
                                               tr("Left organisation %1").arg(link->organisationName));
            !s)
            return s;
    }
    if (Status s = sql.updateMembership(ended); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.member_end"), QStringLiteral("organisation"),
                                  organisationId, QStringLiteral("member=%1").arg(memberId));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT membershipsChanged(organisationId);
    Q_EMIT organisationsChanged();
    return {};
}

Status OrganisationService::setFundedCredit(const Actor &actor, Id organisationId, Id memberId, Money limit)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const OrganisationSql sql(m_db);
    Result<OrganisationMembership> link = sql.membership(organisationId, memberId);
    if (!link)
        return link.error();
    if (link->id == kNoId || !link->current())
        return Error::make(Error::Code::NotFound, tr("This member does not belong to the organisation."),
                           QStringLiteral("org %1 member %2").arg(organisationId).arg(memberId));
    // The per-person limit is the member's own credit limit (an override), so the desk's
    // credit check needs nothing new.
    const QString reason = limit >= 0 ? tr("Funded by organisation %1").arg(link->organisationName)
                                      : tr("Funding by organisation %1 ended").arg(link->organisationName);
    if (Status s = m_credit.setMemberLimit(actor, memberId, limit >= 0 ? limit : -1, reason); !s)
        return s;
    OrganisationMembership changed = *link;
    changed.fundedCredit = limit >= 0;
    if (Status s = sql.updateMembership(changed); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.funding"), QStringLiteral("organisation"),
                                  organisationId, QStringLiteral("member=%1 limit=%2").arg(memberId).arg(limit));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT membershipsChanged(organisationId);
    return {};
}

Result<OrganisationStatement> OrganisationService::statement(const Actor &actor, Id organisationId,
                                                             const QDateTime &from, const QDateTime &to) const
{
    if (Status s = require(actor, Permission::OrganisationRead); !s)
        return s.error();
    const OrganisationSql sql(m_db);
    Result<Organisation> org = sql.get(organisationId);
    if (!org)
        return org.error();
    // Ended memberships too: a person who left in the month still bought in it.
    Result<QList<OrganisationMembership>> links = sql.members(organisationId, true);
    if (!links)
        return links.error();
    OrganisationStatement out;
    out.organisationId = organisationId;
    out.organisationName = org->name;
    out.from = from;
    out.to = to;
    for (const OrganisationMembership &link : *links) {
        if (!link.fundedCredit)
            continue;
        // A member who left is the organisation's only up to the end of the day they left.
        QDateTime until = to;
        if (!link.current()) {
            const QDateTime leftEnd = link.leftOn.addDays(1).startOfDay().toUTC();
            if (leftEnd <= from)
                continue;
            until = std::min(to, leftEnd);
        }
        Result<CreditStatement> credit = m_credit.statement(actor, link.memberId, from, until);
        if (!credit)
            return credit.error();
        OrganisationStatementRow row;
        row.memberId = link.memberId;
        row.memberName = link.memberName;
        row.staffNumber = link.staffNumber;
        for (const StatementEntry &e : credit->entries) {
            if (e.kind == QLatin1String("sale") && e.amount < 0)
                row.purchases += -e.amount;
            else if (e.kind == QLatin1String("return") && e.amount > 0)
                row.returns += e.amount;
        }
        if (row.purchases == 0 && row.returns == 0 && !link.current())
            continue;
        row.total = row.purchases - row.returns;
        out.purchases += row.purchases;
        out.returns += row.returns;
        out.total += row.total;
        out.rows.append(row);
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const auto &a, const auto &b) {
        return a.memberName < b.memberName;
    });
    return out;
}

QByteArray OrganisationService::statementCsv(const OrganisationStatement &statement, const QStringList &header)
{
    QByteArray out("\xEF\xBB\xBF");
    QList<QByteArray> cells;
    for (const QString &h : header)
        cells << csvCell(h);
    out += cells.join(',') + "\r\n";
    for (const OrganisationStatementRow &r : statement.rows) {
        out += csvCell(r.memberName) + ',' + csvCell(r.staffNumber) + ',' + QByteArray::number(r.purchases) + ',' +
               QByteArray::number(r.returns) + ',' + QByteArray::number(r.total) + "\r\n";
    }
    out += ",," + QByteArray::number(statement.purchases) + ',' + QByteArray::number(statement.returns) + ',' +
           QByteArray::number(statement.total) + "\r\n";
    return out;
}

} // namespace Club::Core
