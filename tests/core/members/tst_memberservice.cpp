// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberFixture.h"
#include "auth/AuditLog.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Club::Core;
using Club::Test::memberDraft;
using Club::Test::MemberFixture;

namespace {
// One way of getting a draft wrong, the field that must be blamed for it, and nothing saved.
struct BadDraft
{
    const char *name;
    const char *field;
    std::function<void(Member &, Id inactiveMember)> spoil;
};

const QList<BadDraft> &badDrafts()
{
    // clang-format off
    static const QList<BadDraft> list{
        {"first-name-blank", "firstName", [](Member &m, Id) { m.firstName = QStringLiteral("  "); }},
        {"first-name-long", "firstName", [](Member &m, Id) { m.firstName = QString(101, QLatin1Char('a')); }},
        {"last-name-empty", "lastName", [](Member &m, Id) { m.lastName.clear(); }},
        {"mobile-empty", "mobile", [](Member &m, Id) { m.mobile.clear(); }},
        {"mobile-landline", "mobile", [](Member &m, Id) { m.mobile = QStringLiteral("021 8877 6655"); }},
        {"mobile-short", "mobile", [](Member &m, Id) { m.mobile = QStringLiteral("۰۹۱۲۱۲۳۴۵۶"); }},
        {"national-code-check", "nationalCode", [](Member &m, Id) { m.nationalCode = QStringLiteral("0012345670"); }},
        {"national-code-same", "nationalCode", [](Member &m, Id) { m.nationalCode = QStringLiteral("1111111111"); }},
        {"national-code-short", "nationalCode", [](Member &m, Id) { m.nationalCode = QStringLiteral("12345"); }},
        {"email", "email", [](Member &m, Id) { m.email = QStringLiteral("sara@"); }},
        {"birth-tomorrow", "birthDate", [](Member &m, Id) { m.birthDate = QDate(2026, 3, 11); }},
        {"birth-1899", "birthDate", [](Member &m, Id) { m.birthDate = QDate(1899, 12, 31); }},
        {"marriage-tomorrow", "marriageDate", [](Member &m, Id) { m.marriageDate = QDate(2026, 3, 11); }},
        {"marriage-before-birth", "marriageDate",
         [](Member &m, Id) {
             m.birthDate = QDate(1990, 5, 1);
             m.marriageDate = QDate(1989, 5, 1);
         }},
        {"referrer-missing", "referrerId", [](Member &m, Id) { m.referrerId = 999999; }},
        {"referrer-inactive", "referrerId", [](Member &m, Id inactive) { m.referrerId = inactive; }},
        {"group-missing", "groupIds", [](Member &m, Id) { m.groupIds = {999999}; }},
    };
    // clang-format on
    return list;
}

QString auditDetail(MemberFixture &f, Id memberId, const QString &action)
{
    AuditLog audit(f.t.db());
    Result<QList<AuditEntry>> entries = audit.list(f.admin, QStringLiteral("member"), memberId);
    if (!entries)
        return QStringLiteral("<audit failed>");
    for (const AuditEntry &e : *entries) {
        if (e.action == action)
            return e.detail;
    }
    return QStringLiteral("<no %1>").arg(action);
}
} // namespace

class TestMemberService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReadBack_data() { CLUB_ADD_ENGINE_ROWS(); }
    void createAndReadBack()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member referrer = f.create(1);
        QVERIFY(referrer.id != kNoId);
        Result<MemberGroup> vip = f.members.createGroup(f.admin, QStringLiteral("VIP"));
        QVERIFY(vip.ok());

        Member draft;
        draft.firstName = QStringLiteral(" علي "); // Arabic yeh
        draft.lastName = QStringLiteral("كريمي");  // Arabic kaf and yeh
        draft.mobile = QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷");
        draft.nationalCode = QStringLiteral("۰۰۱۲۳۴۵۶۷۹");
        draft.email = QStringLiteral(" Ali.Karimi@Example.COM ");
        draft.address = QStringLiteral(" خیابان آزادی، پلاک ۱۲ ");
        draft.city = QStringLiteral("تهران");
        draft.gender = Gender::Male;
        draft.birthDate = QDate(1990, 3, 21);
        draft.marriageDate = QDate(2015, 6, 1);
        draft.referrerId = referrer.id;
        draft.notes = QStringLiteral("prefers SMS in the evening");
        draft.smsOptOut = false;
        draft.emailOptOut = true;
        draft.groupIds = {vip->id};

        QSignalSpy created(&f.members, &MemberService::memberCreated);
        const qint64 accountsBefore = f.rows(QStringLiteral("member_accounts"));
        Result<Member> made = f.members.create(f.admin, draft);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message + made.error().detail));
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().first().toLongLong(), made->id);
        QCOMPARE(f.rows(QStringLiteral("member_accounts")), accountsBefore + 1);

        Result<Member> back = f.members.member(f.admin, made->id);
        QVERIFY(back.ok());
        QCOMPARE(back->id, made->id);
        QVERIFY(back->accountId != kNoId);
        QVERIFY(back->accountId != referrer.accountId);
        QCOMPARE(back->accountId, made->accountId);
        QCOMPARE(back->familyHeadId, made->id);
        QCOMPARE(back->firstName, QStringLiteral("علی"));
        QCOMPARE(back->lastName, QStringLiteral("کریمی"));
        QCOMPARE(back->mobile, QStringLiteral("+989121234567"));
        QCOMPARE(back->nationalCode, QStringLiteral("0012345679"));
        QCOMPARE(back->email, QStringLiteral("Ali.Karimi@example.com"));
        QCOMPARE(back->address, QStringLiteral("خیابان آزادی، پلاک ۱۲"));
        QCOMPARE(back->city, QStringLiteral("تهران"));
        QCOMPARE(back->gender, Gender::Male);
        QCOMPARE(back->birthDate, QDate(1990, 3, 21));
        QCOMPARE(back->marriageDate, QDate(2015, 6, 1));
        QCOMPARE(back->referrerId, referrer.id);
        QCOMPARE(back->tier, QStringLiteral("white"));
        QCOMPARE(back->notes, QStringLiteral("prefers SMS in the evening"));
        QCOMPARE(back->smsOptOut, false);
        QCOMPARE(back->emailOptOut, true);
        QCOMPARE(back->active, true);
        QCOMPARE(back->branchId, f.admin.branchId);
        QCOMPARE(back->createdAt, Club::Test::kMemberTestNow);
        QCOMPARE(back->updatedAt, Club::Test::kMemberTestNow);
        QCOMPARE(back->groupIds, QList<Id>{vip->id});
        QCOMPARE(made->mobile, back->mobile);
        QCOMPARE(made->firstName, back->firstName);

        // The account is the member's own, and it heads it.
        SqlQuery head(f.t.db(), QStringLiteral("SELECT head_member_id FROM member_accounts WHERE id = :a"));
        head.bind(QStringLiteral(":a"), back->accountId);
        QCOMPARE(head.scalar()->toLongLong(), made->id);

        // The search column holds the folded names and both forms of the mobile.
        SqlQuery key(f.t.db(), QStringLiteral("SELECT search_key FROM members WHERE id = :id"));
        key.bind(QStringLiteral(":id"), made->id);
        const QString searchKey = key.scalar()->toString();
        for (const char *part :
             {"علی", "کریمی", "+989121234567", "09121234567", "0012345679", "ali.karimi@example.com"})
            QVERIFY2(searchKey.contains(QString::fromUtf8(part)), qPrintable(searchKey));

        // Unknown fields stay empty: no national code is stored as NULL, so two members
        // without one do not collide.
        Member bare = memberDraft(2);
        bare.nationalCode.clear();
        Member bare2 = memberDraft(3);
        bare2.nationalCode = QStringLiteral("   ");
        QVERIFY(f.members.create(f.admin, bare).ok());
        Result<Member> second = f.members.create(f.admin, bare2);
        QVERIFY(second.ok());
        QVERIFY(second->nationalCode.isEmpty());
        QVERIFY(!f.members.member(f.admin, second->id)->birthDate.isValid());

        QCOMPARE(f.members.member(f.admin, 999999).error().code, Error::Code::NotFound);
    }

    void invalidDraftSavesNothing_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        for (Database::Engine engine : {Database::Engine::SQLite, Database::Engine::PostgreSQL}) {
            for (int i = 0; i < badDrafts().size(); ++i) {
                const QString row = Club::Test::TestDatabase::engineName(engine) + QLatin1Char('-') +
                                    QLatin1String(badDrafts().at(i).name);
                QTest::newRow(qPrintable(row)) << int(engine) << i << QString::fromLatin1(badDrafts().at(i).field);
            }
        }
    }
    void invalidDraftSavesNothing()
    {
        QFETCH(int, engine);
        QFETCH(int, which);
        QFETCH(QString, field);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member gone = f.create(1);
        QVERIFY(f.members.setActive(f.admin, gone.id, false).ok());

        Member draft = memberDraft(2);
        badDrafts().at(which).spoil(draft, gone.id);
        QSignalSpy created(&f.members, &MemberService::memberCreated);
        const QList<qint64> before = f.footprint();
        Result<Member> refused = f.members.create(f.admin, draft);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().field, field);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(f.footprint(), before);
        QCOMPARE(created.count(), 0);

        // The same mistake in an update changes nothing either.
        const Member kept = f.create(3);
        Member changed = memberDraft(3);
        changed.id = kept.id;
        badDrafts().at(which).spoil(changed, gone.id);
        const QList<qint64> beforeUpdate = f.footprint();
        const Status notUpdated = f.members.update(f.admin, changed);
        QVERIFY(!notUpdated);
        QCOMPARE(notUpdated.error().field, field);
        QCOMPARE(f.footprint(), beforeUpdate);
        QCOMPARE(f.members.member(f.admin, kept.id)->lastName, kept.lastName);
    }

    void duplicates_data() { CLUB_ADD_ENGINE_ROWS(); }
    void duplicates()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        Member first = memberDraft(1);
        first.firstName = QStringLiteral("سارا");
        first.lastName = QStringLiteral("رضایی");
        first.nationalCode = QStringLiteral("0471234567");
        Result<Member> sara = f.members.create(f.admin, first);
        QVERIFY(sara.ok());
        const QList<qint64> before = f.footprint();

        // The same mobile written another way.
        Member sameMobile = memberDraft(2);
        sameMobile.mobile = QStringLiteral("0912 000 0001");
        Result<Member> dupMobile = f.members.create(f.admin, sameMobile);
        QVERIFY(!dupMobile);
        QCOMPARE(dupMobile.error().code, Error::Code::Duplicate);
        QCOMPARE(dupMobile.error().field, QStringLiteral("mobile"));
        QCOMPARE(dupMobile.error().relatedId, sara->id);
        QVERIFY2(dupMobile.error().message.contains(QStringLiteral("سارا رضایی")),
                 qPrintable(dupMobile.error().message));

        // The same national code in Persian digits, and without its leading zero.
        for (const QString &code : {QStringLiteral("۰۴۷۱۲۳۴۵۶۷"), QStringLiteral("471234567")}) {
            Member sameCode = memberDraft(3);
            sameCode.nationalCode = code;
            Result<Member> dupCode = f.members.create(f.admin, sameCode);
            QVERIFY(!dupCode);
            QCOMPARE(dupCode.error().code, Error::Code::Duplicate);
            QCOMPARE(dupCode.error().field, QStringLiteral("nationalCode"));
            QCOMPARE(dupCode.error().relatedId, sara->id);
        }
        QCOMPARE(f.footprint(), before);
    }

    void update_data() { CLUB_ADD_ENGINE_ROWS(); }
    void update()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member a = f.create(1);
        const Member b = f.create(2);
        Result<MemberGroup> g1 = f.members.createGroup(f.admin, QStringLiteral("Gold"));
        QVERIFY(g1.ok());
        f.clock.advanceDays(1);

        Result<Member> loaded = f.members.member(f.admin, a.id);
        QVERIFY(loaded.ok());
        Member changed = *loaded;
        changed.firstName = QStringLiteral("فاطمة");
        changed.mobile = QStringLiteral("+98 935 111 2233");
        changed.nationalCode.clear();
        changed.email = QStringLiteral("f@example.org");
        changed.gender = Gender::Female;
        changed.smsOptOut = true;
        changed.groupIds = {g1->id};
        QSignalSpy updated(&f.members, &MemberService::memberUpdated);
        const Status s = f.members.update(f.admin, changed);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message + s.error().detail));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.first().first().toLongLong(), a.id);

        Result<Member> back = f.members.member(f.admin, a.id);
        QCOMPARE(back->firstName, QStringLiteral("فاطمة"));
        QCOMPARE(back->mobile, QStringLiteral("+989351112233"));
        QCOMPARE(back->nationalCode, QString());
        QCOMPARE(back->email, QStringLiteral("f@example.org"));
        QCOMPARE(back->gender, Gender::Female);
        QCOMPARE(back->smsOptOut, true);
        QCOMPARE(back->groupIds, QList<Id>{g1->id});
        QCOMPARE(back->createdAt, Club::Test::kMemberTestNow);
        QCOMPARE(back->updatedAt, Club::Test::kMemberTestNow.addDays(1));
        QCOMPARE(back->accountId, a.accountId);

        // The audit line names the changed fields, never the new mobile.
        const QString detail = auditDetail(f, a.id, QStringLiteral("member.update"));
        QVERIFY2(detail.contains(QLatin1String("mobile")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("firstName")), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("9351112233")), qPrintable(detail));

        // Saving unchanged keeps its own mobile (it is not a duplicate of itself).
        QVERIFY(f.members.update(f.admin, *back).ok());
        // What a caller leaves unset (tier, branch) keeps its stored value.
        Member sparse = *back;
        sparse.tier.clear();
        sparse.branchId = kNoId;
        QVERIFY(f.members.update(f.admin, sparse).ok());
        QCOMPARE(f.members.member(f.admin, a.id)->branchId, f.admin.branchId);
        QCOMPARE(f.members.member(f.admin, a.id)->tier, QStringLiteral("white"));

        // Another member's mobile or national code is.
        Member clash = *back;
        clash.mobile = b.mobile;
        const Status dup = f.members.update(f.admin, clash);
        QCOMPARE(dup.error().code, Error::Code::Duplicate);
        QCOMPARE(dup.error().field, QStringLiteral("mobile"));
        QCOMPARE(dup.error().relatedId, b.id);
        clash = *back;
        clash.nationalCode = b.nationalCode;
        QCOMPARE(f.members.update(f.admin, clash).error().relatedId, b.id);

        Member self = *back;
        self.referrerId = a.id;
        QCOMPARE(f.members.update(f.admin, self).error().field, QStringLiteral("referrerId"));

        Member ghost = *back;
        ghost.id = 999999;
        QCOMPARE(f.members.update(f.admin, ghost).error().code, Error::Code::NotFound);
        QCOMPARE(f.members.member(f.admin, a.id)->mobile, QStringLiteral("+989351112233"));
    }

    void referrerMayBeDeactivatedLater_data() { CLUB_ADD_ENGINE_ROWS(); }
    void referrerMayBeDeactivatedLater()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member referrer = f.create(1);
        const Member other = f.create(2);
        Member draft = memberDraft(3);
        draft.referrerId = referrer.id;
        Result<Member> referred = f.members.create(f.admin, draft);
        QVERIFY(referred.ok());
        QVERIFY(f.members.setActive(f.admin, referrer.id, false).ok());
        QVERIFY(f.members.setActive(f.admin, other.id, false).ok());

        Member changed = *f.members.member(f.admin, referred->id);
        changed.notes = QStringLiteral("still referred by a former member");
        QVERIFY(f.members.update(f.admin, changed).ok());
        changed.referrerId = other.id;
        QCOMPARE(f.members.update(f.admin, changed).error().field, QStringLiteral("referrerId"));
    }

    void deactivate_data() { CLUB_ADD_ENGINE_ROWS(); }
    void deactivate()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member m = f.create(7);
        QCOMPARE(f.members.search(f.admin, m.lastName)->size(), 1);

        QSignalSpy updated(&f.members, &MemberService::memberUpdated);
        QVERIFY(f.members.setActive(f.admin, m.id, false).ok());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(f.members.member(f.admin, m.id)->active, false);
        QVERIFY(f.members.search(f.admin, m.lastName)->isEmpty());
        QVERIFY(f.members.search(f.admin, QStringLiteral("09120000007"))->isEmpty());
        QVERIFY(f.members.search(f.admin, QString())->isEmpty());
        Result<QList<MemberSummary>> all = f.members.search(f.admin, m.lastName, 50, true);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().active, false);
        QCOMPARE(auditDetail(f, m.id, QStringLiteral("member.deactivate")), QString());

        // Deactivating twice changes nothing and writes nothing.
        const QList<qint64> before = f.footprint();
        QVERIFY(f.members.setActive(f.admin, m.id, false).ok());
        QCOMPARE(f.footprint(), before);

        QVERIFY(f.members.setActive(f.admin, m.id, true).ok());
        QCOMPARE(f.members.search(f.admin, m.lastName)->size(), 1);
        QCOMPARE(auditDetail(f, m.id, QStringLiteral("member.reactivate")), QString());
        QCOMPARE(f.members.setActive(f.admin, 999999, false).error().code, Error::Code::NotFound);
    }

    void permissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void permissions()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        const Actor manager = f.t.actorWithRole(Role::Manager);
        QVERIFY(staff.operatorId != kNoId && accountant.operatorId != kNoId && manager.operatorId != kNoId);

        // Staff register and edit members, but may not deactivate them or manage groups.
        Result<Member> bystaff = f.members.create(staff, memberDraft(1));
        QVERIFY(bystaff.ok());
        Member edited = *bystaff;
        edited.city = QStringLiteral("Shiraz");
        QVERIFY(f.members.update(staff, edited).ok());
        const QList<qint64> before = f.footprint();
        QCOMPARE(f.members.setActive(staff, bystaff->id, false).error().code, Error::Code::Forbidden);
        QCOMPARE(f.members.createGroup(staff, QStringLiteral("Staff picks")).error().code, Error::Code::Forbidden);

        // Accountants read only.
        QCOMPARE(f.members.create(accountant, memberDraft(2)).error().code, Error::Code::Forbidden);
        QCOMPARE(f.members.update(accountant, edited).error().code, Error::Code::Forbidden);
        QCOMPARE(f.members.setMemberGroups(accountant, bystaff->id, {}).error().code, Error::Code::Forbidden);
        QCOMPARE(f.footprint(), before);
        QVERIFY(f.members.member(accountant, bystaff->id).ok());
        QCOMPARE(f.members.search(accountant, QStringLiteral("Shiraz"))->size(), 0); // city is not searched
        QCOMPARE(f.members.search(accountant, bystaff->lastName)->size(), 1);
        QVERIFY(f.members.groups(accountant).ok());
        QVERIFY(f.members.family(accountant, bystaff->id).ok());

        // A manager deactivates; staff may bring the member back.
        QVERIFY(f.members.setActive(manager, bystaff->id, false).ok());
        QVERIFY(f.members.setActive(staff, bystaff->id, true).ok());
        QVERIFY(f.members.createGroup(manager, QStringLiteral("Managers' picks")).ok());

        // Nobody logged in may do nothing at all.
        QCOMPARE(f.members.search(Actor{}, QString()).error().code, Error::Code::Forbidden);
        QCOMPARE(f.members.member(Actor{}, bystaff->id).error().code, Error::Code::Forbidden);
    }

    void auditLines_data() { CLUB_ADD_ENGINE_ROWS(); }
    void auditLines()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Actor staff = f.t.actorWithRole(Role::Staff);
        Result<Member> m = f.members.create(staff, memberDraft(42));
        QVERIFY(m.ok());
        AuditLog audit(f.t.db());
        Result<QList<AuditEntry>> lines = audit.list(f.admin, QStringLiteral("member"), m->id);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        const AuditEntry &line = lines->first();
        QCOMPARE(line.action, QStringLiteral("member.create"));
        QCOMPARE(line.operatorId, staff.operatorId);
        QCOMPARE(line.branchId, staff.branchId);
        QCOMPARE(line.at, Club::Test::kMemberTestNow);
        QVERIFY(!line.detail.contains(QLatin1String("9120000042")));
        QVERIFY(!line.detail.contains(m->nationalCode));
    }

    void groups_data() { CLUB_ADD_ENGINE_ROWS(); }
    void groups()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QSignalSpy changed(&f.members, &MemberService::groupsChanged);
        Result<MemberGroup> vip = f.members.createGroup(f.admin, QStringLiteral(" VIP "), QStringLiteral("best"));
        QVERIFY(vip.ok());
        QCOMPARE(vip->name, QStringLiteral("VIP"));
        Result<MemberGroup> staffGroup = f.members.createGroup(f.admin, QStringLiteral("كاركنان")); // Arabic kaf
        QVERIFY(staffGroup.ok());
        QCOMPARE(staffGroup->name, QStringLiteral("کارکنان"));
        QCOMPARE(changed.count(), 2);

        const QList<qint64> before = f.footprint();
        for (const QString &name : {QStringLiteral("vip"), QStringLiteral("کارکنان"), QStringLiteral("  ")}) {
            Result<MemberGroup> refused = f.members.createGroup(f.admin, name);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Invalid);
            QCOMPARE(refused.error().field, QStringLiteral("name"));
        }
        QCOMPARE(f.footprint(), before);

        const Member a = f.create(1);
        const Member b = f.create(2);
        QVERIFY(f.members.setMemberGroups(f.admin, a.id, {vip->id, staffGroup->id}).ok());
        QVERIFY(f.members.setMemberGroups(f.admin, b.id, {vip->id}).ok());
        QCOMPARE(f.members.member(f.admin, a.id)->groupIds, (QList<Id>{vip->id, staffGroup->id}));
        Result<QList<MemberGroup>> list = f.members.groups(f.admin);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("VIP"));
        QCOMPARE(list->at(0).memberCount, 2);
        QCOMPARE(list->at(0).description, QStringLiteral("best"));
        QCOMPARE(list->at(1).memberCount, 1);

        // Setting replaces the whole set.
        QSignalSpy updated(&f.members, &MemberService::memberUpdated);
        QVERIFY(f.members.setMemberGroups(f.admin, a.id, {staffGroup->id}).ok());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(f.members.member(f.admin, a.id)->groupIds, QList<Id>{staffGroup->id});
        QCOMPARE(f.members.groups(f.admin)->at(0).memberCount, 1);
        QCOMPARE(auditDetail(f, a.id, QStringLiteral("member.groups")),
                 QStringLiteral("groups %1").arg(staffGroup->id));

        const QList<qint64> beforeBad = f.footprint();
        const Status bad = f.members.setMemberGroups(f.admin, a.id, {vip->id, 999999});
        QCOMPARE(bad.error().field, QStringLiteral("groupIds"));
        QCOMPARE(f.members.setMemberGroups(f.admin, 999999, {vip->id}).error().code, Error::Code::NotFound);
        QCOMPARE(f.footprint(), beforeBad);
        QCOMPARE(f.members.member(f.admin, a.id)->groupIds, QList<Id>{staffGroup->id});
    }
};

QTEST_GUILESS_MAIN(TestMemberService)
#include "tst_memberservice.moc"
