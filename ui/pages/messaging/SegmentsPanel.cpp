// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentsPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "messaging/SegmentService.h"
#include "tiers/TierService.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace Club::Ui {

namespace {
QSpinBox *anySpin(const QString &name, int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1, max);
    spin->setValue(-1);
    //: A filter condition that is not used
    spin->setSpecialValueText(QCoreApplication::translate("Club::Ui::SegmentsPanel", "Any"));
    spin->setSuffix(suffix);
    return spin;
}
} // namespace

SegmentsPanel::SegmentsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_cardType(new QComboBox(this))
    , m_city(new QLineEdit(this))
    , m_sms(new QCheckBox(tr("Can receive SMS (has a mobile, did not opt out)"), this))
    , m_email(new QCheckBox(tr("Can receive email (has an address, did not opt out)"), this))
    , m_countLabel(new QLabel(this))
    , m_members(new QTableWidget(0, 4, this))
{
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_tier->setObjectName(QStringLiteral("segmentTier"));
    m_group->setObjectName(QStringLiteral("segmentGroup"));
    m_cardType->setObjectName(QStringLiteral("segmentCardType"));
    m_city->setObjectName(QStringLiteral("segmentCity"));
    m_sms->setObjectName(QStringLiteral("segmentSms"));
    m_email->setObjectName(QStringLiteral("segmentEmail"));
    m_countLabel->setObjectName(QStringLiteral("segmentCount"));
    m_members->setObjectName(QStringLiteral("segmentMembers"));
    //: Suffix of a number of days in a spin box; keep the leading space
    const QString days = tr(" days");
    m_noPurchase = anySpin(QStringLiteral("segmentNoPurchase"), 3660, days, this);
    m_purchased = anySpin(QStringLiteral("segmentPurchased"), 3660, days, this);
    m_birthday = anySpin(QStringLiteral("segmentBirthday"), 365, days, this);
    m_expiring = anySpin(QStringLiteral("segmentExpiring"), 3660, days, this);
    m_minPoints = anySpin(QStringLiteral("segmentMinPoints"), 1'000'000'000, QString(), this);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("Tier:"), m_tier, QStringLiteral("tiers"));
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Holds a card of type:"), m_cardType);
    m_errors->addRow(form, tr("No purchase in the last:"), m_noPurchase, QStringLiteral("days"));
    m_errors->addRow(form, tr("Bought within the last:"), m_purchased, QStringLiteral("purchasedWithinDays"));
    m_errors->addRow(form, tr("Birthday within the next:"), m_birthday, QStringLiteral("birthdayWithinDays"));
    form->addRow(tr("Points expiring within:"), m_expiring);
    m_errors->addRow(form, tr("Points at least:"), m_minPoints, QStringLiteral("minPoints"));
    form->addRow(tr("City:"), m_city);
    form->addRow(QString(), m_sms);
    form->addRow(QString(), m_email);

    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Mobile"), tr("Tier"), tr("City")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->hide();

    auto *newButton = new QPushButton(tr("&New segment"), this);
    newButton->setObjectName(QStringLiteral("newSegment"));
    auto *showButton = new QPushButton(tr("S&how members"), this);
    showButton->setObjectName(QStringLiteral("showSegmentMembers"));
    auto *saveButton = new QPushButton(tr("&Save segment"), this);
    saveButton->setObjectName(QStringLiteral("saveSegment"));
    connect(showButton, &QPushButton::clicked, this, &SegmentsPanel::refreshMembers);
    connect(saveButton, &QPushButton::clicked, this, &SegmentsPanel::save);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_editing = Core::kNoId;
        m_name->clear();
        setFilter({});
        m_list->clearSelection();
        refreshMembers();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_segments.size())
            return;
        m_editing = m_segments.at(row).id;
        m_name->setText(m_segments.at(row).name);
        setFilter(m_segments.at(row).filter);
        refreshMembers();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(showButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_errors->addGeneral());
    editor->addLayout(buttons);
    editor->addWidget(m_countLabel);
    editor->addWidget(m_members, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editor, 3);
}

void SegmentsPanel::reload()
{
    const Core::Actor &actor = m_context.actor();
    const auto refill = [](QComboBox *box, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(QCoreApplication::translate("Club::Ui::SegmentsPanel", "Any"), QVariant());
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QVariant>> tiers;
    QStringList seen;
    if (const auto programs = m_context.tiers().programs(actor)) {
        for (const Core::TierProgram &p : *programs) {
            for (const Core::TierLevel &l : p.tiers) {
                if (!seen.contains(l.key)) {
                    seen << l.key;
                    const QString name = QLocale().language() == QLocale::Arabic && !l.nameAr.isEmpty() ? l.nameAr
                                         : QLocale().language() == QLocale::English && !l.nameEn.isEmpty()
                                             ? l.nameEn
                                             : l.displayName();
                    tiers.append({name.isEmpty() ? l.key : name, l.key});
                }
            }
        }
    }
    refill(m_tier, tiers);
    QList<QPair<QString, QVariant>> groups;
    if (const auto list = m_context.members().groups(actor)) {
        for (const Core::MemberGroup &g : *list)
            groups.append({g.name, g.id});
    }
    refill(m_group, groups);
    QList<QPair<QString, QVariant>> types;
    if (const auto list = m_context.cards().cardTypes(actor)) {
        for (const Core::CardType &t : *list)
            types.append({t.name, t.id});
    }
    refill(m_cardType, types);

    const Core::Result<QList<Core::Segment>> segments = m_context.segments().segments(actor);
    if (!segments)
        return;
    m_segments = *segments;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Core::Segment &s : m_segments) {
        m_list->addItem(s.name);
        if (s.id == m_editing)
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

Core::SegmentFilter SegmentsPanel::filter() const
{
    Core::SegmentFilter f;
    if (m_tier->currentData().isValid())
        f.tiers = {m_tier->currentData().toString()};
    f.groupId = m_group->currentData().isValid() ? m_group->currentData().toLongLong() : Core::kNoId;
    f.cardTypeId = m_cardType->currentData().isValid() ? m_cardType->currentData().toLongLong() : Core::kNoId;
    f.noPurchaseForDays = m_noPurchase->value();
    f.purchasedWithinDays = m_purchased->value();
    f.birthdayWithinDays = m_birthday->value();
    f.pointsExpiringWithinDays = m_expiring->value();
    f.minPoints = m_minPoints->value();
    f.city = m_city->text().trimmed();
    f.smsReachable = m_sms->isChecked();
    f.emailReachable = m_email->isChecked();
    return f;
}

void SegmentsPanel::setFilter(const Core::SegmentFilter &f)
{
    m_tier->setCurrentIndex(f.tiers.isEmpty() ? 0 : std::max(0, m_tier->findData(f.tiers.constFirst())));
    m_group->setCurrentIndex(f.groupId == Core::kNoId ? 0 : std::max(0, m_group->findData(f.groupId)));
    m_cardType->setCurrentIndex(f.cardTypeId == Core::kNoId ? 0 : std::max(0, m_cardType->findData(f.cardTypeId)));
    m_noPurchase->setValue(f.noPurchaseForDays);
    m_purchased->setValue(f.purchasedWithinDays);
    m_birthday->setValue(f.birthdayWithinDays);
    m_expiring->setValue(f.pointsExpiringWithinDays);
    m_minPoints->setValue(int(std::min<qint64>(f.minPoints, m_minPoints->maximum())));
    m_city->setText(f.city);
    m_sms->setChecked(f.smsReachable);
    m_email->setChecked(f.emailReachable);
}

void SegmentsPanel::refreshMembers()
{
    m_errors->clear();
    const Core::SegmentFilter f = filter();
    const Core::Result<qint64> count = m_context.segments().count(m_context.actor(), f);
    const Core::Result<QList<Core::Member>> members = m_context.segments().members(m_context.actor(), f, 0, 100);
    m_members->setRowCount(0);
    if (!count || !members) {
        m_count = -1;
        m_countLabel->clear();
        m_errors->report(!count ? count.error() : members.error());
        return;
    }
    m_count = *count;
    m_countLabel->setText(tr("%Ln member(s) in this segment.", nullptr, int(std::min<qint64>(*count, INT_MAX))));
    m_members->setRowCount(int(members->size()));
    for (int row = 0; row < members->size(); ++row) {
        const Core::Member &m = members->at(row);
        m_members->setItem(row, 0, new QTableWidgetItem(m.fullName()));
        m_members->setItem(row, 1, new QTableWidgetItem(Format::ltr(m.mobile)));
        m_members->setItem(row, 2, new QTableWidgetItem(m.tier));
        m_members->setItem(row, 3, new QTableWidgetItem(m.city));
    }
    m_members->resizeColumnsToContents();
}

bool SegmentsPanel::save()
{
    m_errors->clear();
    Core::Segment s;
    s.id = m_editing;
    s.name = m_name->text();
    s.filter = filter();
    const Core::Result<Core::Segment> saved = m_context.segments().save(m_context.actor(), s);
    if (!saved) {
        m_errors->report(saved.error());
        return false;
    }
    m_editing = saved->id;
    reload();
    refreshMembers();
    return true;
}

} // namespace Club::Ui
