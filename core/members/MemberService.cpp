// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "MemberSql.h"
#include "Validation.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"
#include "util/Text.h"

#include <QStringList>

namespace Club::Core {

namespace {
constexpr int kMaxNameLength = 100;
const QDate kEarliestDate(1900, 1, 1);

QList<Id> distinctIds(const QList<Id> &ids)
{
    QList<Id> out;
    for (Id id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

// The names of the fields an update changed, for the audit line: never the values, so a
// mobile or national code does not end up in the log.
QString changedFields(const Member &before, const Member &after)
{
    QStringList out;
    auto note = [&out](bool changed, const char *name) {
        if (changed)
            out << QLatin1String(name);
    };
    note(before.firstName != after.firstName, "firstName");
    note(before.lastName != after.lastName, "lastName");
    note(before.mobile != after.mobile, "mobile");
    note(before.nationalCode != after.nationalCode, "nationalCode");
    note(before.email != after.email, "email");
    note(before.address != after.address, "address");
    note(before.city != after.city, "city");
    note(before.gender != after.gender, "gender");
    note(before.birthDate != after.birthDate, "birthDate");
    note(before.marriageDate != after.marriageDate, "marriageDate");
    note(before.referrerId != after.referrerId, "referrerId");
    note(before.tier != after.tier, "tier");
    note(before.notes != after.notes, "notes");
    note(before.smsOptOut != after.smsOptOut, "smsOptOut");
    note(before.emailOptOut != after.emailOptOut, "emailOptOut");
    note(before.language != after.language, "language");
    note(before.branchId != after.branchId, "branchId");
    note(before.groupIds != after.groupIds, "groupIds");
    return out.join(QLatin1Char(','));
}
} // namespace

Error MemberService::uniqueViolation(const Error &error) const
{
    // Another terminal registered the same number between our check and our write. The
    // failed statement may have ended the transaction, so the other member cannot be looked
    // up here; the field is told from the constraint in the database's message.
    if (error.code != Error::Code::Duplicate)
        return error;
    if (error.detail.contains(QLatin1String("national_code")))
        return Error::make(Error::Code::Duplicate, tr("A member with this national code is already registered."),
                           error.detail, QStringLiteral("nationalCode"));
    if (error.detail.contains(QLatin1String("mobile")))
        return Error::make(Error::Code::Duplicate, tr("A member with this mobile number is already registered."),
                           error.detail, QStringLiteral("mobile"));
    return error;
}

MemberService::MemberService(Database &db, LedgerService &ledger, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<Member> MemberService::validated(const Member &draft) const
{
    return validated(draft, kNoId);
}

Result<Member> MemberService::validated(const Member &draft, Id currentReferrerId) const
{
    Member m = draft;
    m.firstName = Text::normalizeName(draft.firstName);
    if (m.firstName.isEmpty())
        return Error::invalid(tr("Enter the first name."), QStringLiteral("firstName"));
    if (m.firstName.size() > kMaxNameLength)
        return Error::invalid(tr("The first name is too long."), QStringLiteral("firstName"));
    m.lastName = Text::normalizeName(draft.lastName);
    if (m.lastName.isEmpty())
        return Error::invalid(tr("Enter the last name."), QStringLiteral("lastName"));
    if (m.lastName.size() > kMaxNameLength)
        return Error::invalid(tr("The last name is too long."), QStringLiteral("lastName"));

    if (draft.mobile.trimmed().isEmpty())
        return Error::invalid(tr("Enter the mobile number."), QStringLiteral("mobile"));
    const std::optional<QString> mobile = Validation::normalizeMobile(draft.mobile);
    if (!mobile)
        return Error::invalid(tr("This is not a mobile number. Enter an Iranian mobile such as 0912 123 4567, or an "
                                 "international number starting with + or 00."),
                              QStringLiteral("mobile"));
    m.mobile = *mobile;

    m.nationalCode = draft.nationalCode.trimmed();
    if (!m.nationalCode.isEmpty()) {
        if (!Validation::isValidNationalCode(m.nationalCode))
            return Error::invalid(tr("This national code is not valid. Check its ten digits."),
                                  QStringLiteral("nationalCode"));
        m.nationalCode = Validation::normalizeNationalCode(m.nationalCode);
    }

    m.email = Validation::normalizeEmail(draft.email);
    if (!m.email.isEmpty() && !Validation::isValidEmail(m.email))
        return Error::invalid(tr("This email address is not valid."), QStringLiteral("email"));

    m.address = draft.address.trimmed();
    m.city = Text::normalizeName(draft.city);
    m.notes = draft.notes.trimmed();
    m.tier = draft.tier.trimmed();
    m.language = draft.language.trimmed().toLower();
    if (!m.language.isEmpty() && m.language != QLatin1String("fa") && m.language != QLatin1String("ar") &&
        m.language != QLatin1String("en"))
        return Error::invalid(tr("Choose Persian, Arabic or English, or the store's language."),
                              QStringLiteral("language"));

    // The operator's own calendar day, not UTC's: at 01:00 in Tehran it is already tomorrow.
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (m.birthDate.isValid()) {
        if (m.birthDate > today)
            return Error::invalid(tr("The birth date cannot be in the future."), QStringLiteral("birthDate"));
        if (m.birthDate < kEarliestDate)
            return Error::invalid(tr("The birth date must be after 1900."), QStringLiteral("birthDate"));
    }
    if (m.marriageDate.isValid()) {
        if (m.marriageDate > today)
            return Error::invalid(tr("The marriage date cannot be in the future."), QStringLiteral("marriageDate"));
        if (m.birthDate.isValid() && m.marriageDate < m.birthDate)
            return Error::invalid(tr("The marriage date cannot be before the birth date."),
                                  QStringLiteral("marriageDate"));
        if (m.marriageDate < kEarliestDate)
            return Error::invalid(tr("The marriage date must be after 1900."), QStringLiteral("marriageDate"));
    }

    if (m.referrerId != kNoId) {
        if (m.referrerId == m.id)
            return Error::invalid(tr("A member cannot be their own referrer."), QStringLiteral("referrerId"));
        SqlQuery q(m_db, QStringLiteral("SELECT active FROM members WHERE id = :id"));
        q.bind(QStringLiteral(":id"), m.referrerId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error::invalid(tr("The referring member was not found."), QStringLiteral("referrerId"));
        if (q.value(0).toInt() == 0 && m.referrerId != currentReferrerId)
            return Error::invalid(tr("The referring member has been deactivated."), QStringLiteral("referrerId"));
    }

    m.groupIds = distinctIds(draft.groupIds);
    Result<bool> groupsOk = MemberSql::groupsExist(m_db, m.groupIds);
    if (!groupsOk)
        return groupsOk.error();
    if (!*groupsOk)
        return Error::invalid(tr("One of the chosen groups no longer exists."), QStringLiteral("groupIds"));
    return m;
}

Status MemberService::checkUnique(const Member &member) const
{
    struct Check
    {
        const char *column;
        QString value;
        QString field;
        QString message;
    };
    const QList<Check> checks{
        {"mobile", member.mobile, QStringLiteral("mobile"),
         tr("A member with this mobile number is already registered: %1.")},
        {"national_code", member.nationalCode, QStringLiteral("nationalCode"),
         tr("A member with this national code is already registered: %1.")},
    };
    for (const Check &check : checks) {
        if (check.value.isEmpty())
            continue;
        SqlQuery q(m_db, QStringLiteral("SELECT id, first_name, last_name FROM members WHERE ") +
                             QLatin1String(check.column) + QStringLiteral(" = :v AND id <> :self"));
        q.bind(QStringLiteral(":v"), check.value).bind(QStringLiteral(":self"), member.id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.next()) {
            const QString name = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
            Error e = Error::make(Error::Code::Duplicate, check.message.arg(name), {}, check.field);
            e.relatedId = q.value(0).toLongLong();
            return e;
        }
    }
    return {};
}

Status MemberService::writeGroups(Id memberId, const QList<Id> &groupIds, bool replace)
{
    if (replace) {
        SqlQuery del(m_db, QStringLiteral("DELETE FROM member_group_members WHERE member_id = :m"));
        del.bind(QStringLiteral(":m"), memberId);
        if (Status s = del.exec(); !s)
            return s;
    }
    for (Id groupId : distinctIds(groupIds)) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO member_group_members (group_id, member_id) VALUES (:g, :m)"));
        q.bind(QStringLiteral(":g"), groupId).bind(QStringLiteral(":m"), memberId);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<Member> MemberService::load(Id memberId) const
{
    SqlQuery q(m_db, MemberSql::select() + QStringLiteral("WHERE m.id = :id"));
    q.bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The member was not found."),
                           QStringLiteral("member %1").arg(memberId));
    Member m = MemberSql::fromRow(q);
    Result<QList<Id>> groups = MemberSql::groupIds(m_db, memberId);
    if (!groups)
        return groups.error();
    m.groupIds = *groups;
    return m;
}

Result<Member> MemberService::checkNew(const Actor &actor, const Member &draft) const
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s.error();
    Member fresh = draft;
    fresh.id = kNoId;
    Result<Member> checked = validated(fresh);
    if (!checked)
        return checked.error();
    if (Status s = checkUnique(*checked); !s)
        return s.error();
    return checked;
}

Result<Member> MemberService::create(const Actor &actor, const Member &draft)
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s.error();
    Member fresh = draft;
    fresh.id = kNoId;
    Result<Member> checked = validated(fresh);
    if (!checked)
        return checked.error();
    Member m = *checked;
    if (m.tier.isEmpty())
        m.tier = QStringLiteral("white");
    if (m.branchId == kNoId)
        m.branchId = actor.branchId;
    m.active = true;

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkUnique(m); !s)
        return s.error();

    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    SqlQuery account(m_db, QStringLiteral("INSERT INTO member_accounts (head_member_id, created_at) "
                                          "VALUES (NULL, :at) RETURNING id"));
    account.bind(QStringLiteral(":at"), now);
    Result<QVariant> accountId = account.scalar();
    if (!accountId)
        return accountId.error();
    m.accountId = accountId->toLongLong();

    SqlQuery insert(
        m_db,
        QStringLiteral(
            "INSERT INTO members (account_id, first_name, last_name, mobile, national_code, email, address, city, "
            "gender, "
            "birth_date, marriage_date, referrer_id, tier, notes, sms_opt_out, email_opt_out, active, search_key, "
            "branch_id, "
            "created_at, updated_at, language) VALUES (:account, :first, :last, :mobile, :nc, :email, :address, "
            ":city, :gender, :birth, :marriage, :referrer, :tier, :notes, :sms, :emailOut, 1, :key, :branch, "
            ":created, :updated, :lang) "
            "RETURNING id"));
    MemberSql::bindFields(insert, m);
    insert.bind(QStringLiteral(":account"), m.accountId)
        .bind(QStringLiteral(":created"), now)
        .bind(QStringLiteral(":updated"), now);
    Result<QVariant> memberId = insert.scalar();
    if (!memberId)
        return uniqueViolation(memberId.error());
    m.id = memberId->toLongLong();
    m.familyHeadId = m.id;

    SqlQuery head(m_db, QStringLiteral("UPDATE member_accounts SET head_member_id = :m WHERE id = :a"));
    head.bind(QStringLiteral(":m"), m.id).bind(QStringLiteral(":a"), m.accountId);
    if (Status s = head.exec(); !s)
        return s.error();
    if (Status s = writeGroups(m.id, m.groupIds, false); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("member.create"), QStringLiteral("member"), m.id,
                                  QStringLiteral("account %1").arg(m.accountId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    m.createdAt = QDateTime::fromString(now, Qt::ISODate);
    m.updatedAt = m.createdAt;
    qCInfo(lcMembers) << "member created" << m.id;
    Q_EMIT memberCreated(m.id);
    return m;
}

Status MemberService::update(const Actor &actor, const Member &changed)
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Member> current = load(changed.id);
    if (!current)
        return current.error();
    Result<Member> checked = validated(changed, current->referrerId);
    if (!checked)
        return checked.error();
    Member m = *checked;
    if (m.tier.isEmpty())
        m.tier = current->tier;
    if (m.branchId == kNoId)
        m.branchId = current->branchId;
    if (Status s = checkUnique(m); !s)
        return s;

    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE members SET first_name = :first, last_name = :last, mobile = :mobile, national_code = :nc, "
            "email = :email, address = :address, city = :city, gender = :gender, birth_date = :birth, "
            "marriage_date = :marriage, referrer_id = :referrer, tier = :tier, notes = :notes, sms_opt_out = :sms, "
            "email_opt_out = :emailOut, language = :lang, search_key = :key, branch_id = :branch, updated_at = :updated "
            "WHERE id = :id"));
    MemberSql::bindFields(q, m);
    q.bind(QStringLiteral(":updated"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), m.id);
    if (Status s = q.exec(); !s)
        return uniqueViolation(s.error());
    if (Status s = writeGroups(m.id, m.groupIds, true); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("member.update"), QStringLiteral("member"), m.id,
                                  changedFields(*current, m));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT memberUpdated(m.id);
    return {};
}

Status MemberService::setActive(const Actor &actor, Id memberId, bool active)
{
    if (Status s = require(actor, active ? Permission::MemberWrite : Permission::MemberDeactivate); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Member> current = load(memberId);
    if (!current)
        return current.error();
    if (current->active == active)
        return {};
    SqlQuery q(m_db, QStringLiteral("UPDATE members SET active = :a, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":a"), active ? 1 : 0)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s =
            m_audit.record(actor, active ? QStringLiteral("member.reactivate") : QStringLiteral("member.deactivate"),
                           QStringLiteral("member"), memberId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT memberUpdated(memberId);
    return {};
}

Result<Member> MemberService::member(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    return load(memberId);
}

} // namespace Club::Core
