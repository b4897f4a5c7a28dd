// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberDialog.h"

#include "MemberPickerDialog.h"
#include "UiContext.h"
#include "members/MemberService.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Club::Ui {

namespace {
// How a mobile is typed back: 0912... for Iran, 00... for the rest of the world.
QString editableMobile(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+98")))
        return QLatin1Char('0') + e164.mid(3);
    if (e164.startsWith(QLatin1Char('+')))
        return QStringLiteral("00") + e164.mid(1);
    return e164;
}
} // namespace

MemberDialog::MemberDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("New Member"));
    build();
    loadGroups();
    m_tier->setText(Labels::tier(m_member.tier));
}

MemberDialog::MemberDialog(UiContext &context, const Core::Member &member, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_member(member)
{
    //: Window title; %1 is the member's name
    setWindowTitle(tr("Edit Member — %1").arg(member.fullName()));
    build();
    loadGroups();
    load(member);
}

std::optional<Core::Member> MemberDialog::createMember(UiContext &context, QWidget *parent)
{
    MemberDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedMember();
}

std::optional<Core::Member> MemberDialog::editMember(UiContext &context, qint64 memberId, QWidget *parent)
{
    Core::Result<Core::Member> member = context.members().member(context.actor(), memberId);
    if (!member) {
        showError(parent, member.error());
        return std::nullopt;
    }
    MemberDialog dialog(context, *member, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedMember();
}

void MemberDialog::build()
{
    m_errors = new FieldErrors(this);

    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_mobile = new DigitLineEdit(this);
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_mobile->setMaxDigits(16);
    m_mobile->setPlaceholderText(QStringLiteral("09xxxxxxxxx"));
    m_nationalCode = new DigitLineEdit(this);
    m_nationalCode->setObjectName(QStringLiteral("nationalCode"));
    m_nationalCode->setMaxDigits(10);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    for (Core::Gender g : {Core::Gender::Unspecified, Core::Gender::Female, Core::Gender::Male})
        m_gender->addItem(Labels::gender(g), int(g));
    m_birthDate = new DateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setOptional(true);
    m_marriageDate = new DateEdit(this);
    m_marriageDate->setObjectName(QStringLiteral("marriageDate"));
    m_marriageDate->setOptional(true);

    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("city"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_referrer = new QLineEdit(this);
    m_referrer->setObjectName(QStringLiteral("referrer"));
    m_referrer->setReadOnly(true);
    m_referrer->setMinimumWidth(140);
    m_referrer->setFocusPolicy(Qt::NoFocus); // the Choose button is the way in
    //: Shown in the referrer field when nobody referred the member
    m_referrer->setPlaceholderText(tr("Nobody"));
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setMaximumHeight(84);
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    //: Tooltip of the member's tier in the member form
    m_tier->setToolTip(tr("The tier follows the points earned; it cannot be set by hand."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(72);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    //: The member's message language: none chosen, messages use the store's language
    m_language->addItem(tr("The store's language"), QString());
    m_language->addItem(tr("Persian"), QStringLiteral("fa"));
    m_language->addItem(tr("Arabic"), QStringLiteral("ar"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_smsOptOut = new QCheckBox(tr("No &SMS messages"), this);
    m_smsOptOut->setObjectName(QStringLiteral("smsOptOut"));
    m_emailOptOut = new QCheckBox(tr("No e-&mail messages"), this);
    m_emailOptOut->setObjectName(QStringLiteral("emailOptOut"));

    auto *chooseReferrer = new QToolButton(this);
    chooseReferrer->setObjectName(QStringLiteral("chooseReferrer"));
    //: Button: pick the member who referred this one
    chooseReferrer->setText(tr("C&hoose…"));
    connect(chooseReferrer, &QToolButton::clicked, this, &MemberDialog::chooseReferrer);
    auto *clearReferrer = new QToolButton(this);
    //: Button: remove the referrer
    clearReferrer->setText(tr("Remove"));
    connect(clearReferrer, &QToolButton::clicked, this, [this] { setReferrer(0, {}); });
    auto *referrerRow = new QWidget(this);
    auto *referrerLayout = new QHBoxLayout(referrerRow);
    referrerLayout->setContentsMargins(0, 0, 0, 0);
    referrerLayout->addWidget(m_referrer, 1);
    referrerLayout->addWidget(chooseReferrer);
    referrerLayout->addWidget(clearReferrer);

    auto *person = new QFormLayout;
    m_errors->addRow(person, tr("&First name:"), m_firstName, QStringLiteral("firstName"));
    m_errors->addRow(person, tr("&Last name:"), m_lastName, QStringLiteral("lastName"));
    m_errors->addRow(person, tr("M&obile:"), m_mobile, QStringLiteral("mobile"));
    m_errors->addRow(person, tr("National &code:"), m_nationalCode, QStringLiteral("nationalCode"));
    m_errors->addRow(person, tr("&E-mail:"), m_email, QStringLiteral("email"));
    m_errors->addRow(person, tr("&Gender:"), m_gender, QStringLiteral("gender"));
    m_errors->addRow(person, tr("&Birth date:"), m_birthDate, QStringLiteral("birthDate"));
    m_errors->addRow(person, tr("Ma&rriage date:"), m_marriageDate, QStringLiteral("marriageDate"));

    auto *club = new QFormLayout;
    m_errors->addRow(club, tr("C&ity:"), m_city, QStringLiteral("city"));
    m_errors->addRow(club, tr("&Address:"), m_address, QStringLiteral("address"));
    club->addRow(tr("Referred &by:"), referrerRow);
    club->addRow(m_errors->add(QStringLiteral("referrerId"), chooseReferrer));
    m_errors->alias(QStringLiteral("referrer"), QStringLiteral("referrerId"));
    if (QLabel *referrerLabel = qobject_cast<QLabel *>(club->labelForField(referrerRow)))
        referrerLabel->setBuddy(chooseReferrer);
    m_errors->addRow(club, tr("Gro&ups:"), m_groups, QStringLiteral("groupIds"));
    club->addRow(tr("Tier:"), m_tier);
    m_errors->addRow(club, tr("&Notes:"), m_notes, QStringLiteral("notes"));
    //: Label of the language the member's SMS and e-mail messages are written in
    m_errors->addRow(club, tr("Messages &written in:"), m_language, QStringLiteral("language"));
    club->addRow(QString(), m_smsOptOut);
    club->addRow(QString(), m_emailOptOut);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(person, 1);
    columns->addSpacing(16);
    columns->addLayout(club, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(760);

    // Column by column, as the form reads; the buttons last.
    const QList<QWidget *> order{m_firstName,
                                 m_lastName,
                                 m_mobile,
                                 m_nationalCode,
                                 m_email,
                                 m_gender,
                                 m_birthDate,
                                 m_marriageDate,
                                 m_city,
                                 m_address,
                                 chooseReferrer,
                                 clearReferrer,
                                 m_groups,
                                 m_notes,
                                 m_language,
                                 m_smsOptOut,
                                 m_emailOptOut,
                                 m_buttons->button(QDialogButtonBox::Save),
                                 m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_firstName->setFocus();
}

void MemberDialog::load(const Core::Member &member)
{
    m_firstName->setText(member.firstName);
    m_lastName->setText(member.lastName);
    m_mobile->setText(editableMobile(member.mobile));
    m_nationalCode->setText(member.nationalCode);
    m_email->setText(member.email);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(int(member.gender))));
    m_birthDate->setDate(member.birthDate);
    m_marriageDate->setDate(member.marriageDate);
    m_city->setText(member.city);
    m_address->setText(member.address);
    m_notes->setPlainText(member.notes);
    m_smsOptOut->setChecked(member.smsOptOut);
    m_emailOptOut->setChecked(member.emailOptOut);
    m_language->setCurrentIndex(std::max(0, m_language->findData(member.language)));
    m_tier->setText(Labels::tier(member.tier));
    for (int row = 0; row < m_groups->count(); ++row) {
        QListWidgetItem *item = m_groups->item(row);
        if (item->flags() == Qt::NoItemFlags)
            continue; // "no groups yet"
        const bool isIn = member.groupIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(isIn ? Qt::Checked : Qt::Unchecked);
    }
    if (member.referrerId != Core::kNoId) {
        Core::Result<Core::Member> referrer = m_context.members().member(m_context.actor(), member.referrerId);
        setReferrer(member.referrerId, referrer ? referrer->fullName() : QString());
    }
}

void MemberDialog::loadGroups()
{
    m_groups->clear();
    Core::Result<QList<Core::MemberGroup>> groups = m_context.members().groups(m_context.actor());
    if (groups) {
        for (const Core::MemberGroup &g : *groups) {
            auto *item = new QListWidgetItem(g.name, m_groups);
            item->setData(Qt::UserRole, g.id);
            item->setToolTip(g.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_groups->count() == 0) {
        //: In the member form when the store has no member groups yet
        auto *none = new QListWidgetItem(tr("No groups yet"), m_groups);
        none->setFlags(Qt::NoItemFlags);
    }
}

void MemberDialog::setReferrer(qint64 memberId, const QString &name)
{
    m_referrerId = memberId;
    m_referrer->setText(memberId == 0 ? QString() : name);
    m_errors->clear(QStringLiteral("referrerId"));
}

void MemberDialog::chooseReferrer()
{
    //: Window title of the member finder used for the referrer
    const std::optional<Core::MemberSummary> picked =
        MemberPickerDialog::pick(m_context, tr("Who Referred This Member?"), this, m_member.id);
    if (picked)
        setReferrer(picked->id, picked->fullName);
}

Core::Member MemberDialog::draft() const
{
    Core::Member d = m_member;
    d.firstName = m_firstName->text().trimmed();
    d.lastName = m_lastName->text().trimmed();
    d.mobile = m_mobile->latinText();
    d.nationalCode = m_nationalCode->latinText();
    d.email = m_email->text().trimmed();
    d.gender = Core::Gender(m_gender->currentData().toInt());
    d.birthDate = m_birthDate->date();
    d.marriageDate = m_marriageDate->date();
    d.city = m_city->text().trimmed();
    d.address = m_address->text().trimmed();
    d.referrerId = m_referrerId;
    d.notes = m_notes->toPlainText().trimmed();
    d.smsOptOut = m_smsOptOut->isChecked();
    d.emailOptOut = m_emailOptOut->isChecked();
    d.language = m_language->currentData().toString();
    d.groupIds.clear();
    for (int row = 0; row < m_groups->count(); ++row) {
        const QListWidgetItem *item = m_groups->item(row);
        if (item->flags() != Qt::NoItemFlags && item->checkState() == Qt::Checked)
            d.groupIds.append(item->data(Qt::UserRole).toLongLong());
    }
    return d;
}

bool MemberDialog::offerExisting(const Core::Error &error)
{
    if (error.code != Core::Error::Code::Duplicate || error.relatedId == 0 || error.relatedId == m_member.id)
        return false;
    // The service's message names the member who has the number already.
    //: %1 says which member already has this mobile or national code
    const QString text = tr("%1\nOpen that member?").arg(error.message);
    //: Title of the question asked when a mobile or national code is already registered
    if (MessageBox::question(this, tr("Already Registered"), text) != QMessageBox::Yes) {
        m_errors->report(error);
        return true;
    }
    const qint64 existing = error.relatedId;
    reject();
    Q_EMIT m_context.openMemberRequested(existing);
    return true;
}

bool MemberDialog::save()
{
    m_errors->clear();
    const Core::Member d = draft();
    const Core::Actor &actor = m_context.actor();
    if (isNew()) {
        Core::Result<Core::Member> created = m_context.members().create(actor, d);
        if (!created) {
            if (!offerExisting(created.error()))
                m_errors->report(created.error());
            return false;
        }
        m_saved = *created;
    } else {
        const Core::Status updated = m_context.members().update(actor, d);
        if (!updated) {
            if (!offerExisting(updated.error()))
                m_errors->report(updated.error());
            return false;
        }
        Core::Result<Core::Member> saved = m_context.members().member(actor, m_member.id);
        if (!saved) {
            showError(this, saved.error());
            return false;
        }
        m_saved = *saved;
    }
    accept();
    return true;
}

} // namespace Club::Ui
