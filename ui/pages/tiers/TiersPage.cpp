// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TiersPage.h"

#include "Format.h"
#include "cards/CardService.h"
#include "tiers/TierService.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QString plain(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

// Digits of any script; empty when the text holds anything else.
std::optional<qint64> digitsOf(const QString &text)
{
    QString latin;
    for (QChar c : text.trimmed()) {
        const int d = c.digitValue();
        if (d < 0 || d > 9)
            return std::nullopt;
        latin.append(QChar(u'0' + d));
    }
    if (latin.isEmpty() || latin.size() > 18)
        return std::nullopt;
    return latin.toLongLong();
}
} // namespace

TiersPage::TiersPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_errors(new FieldErrors(this))
    , m_cardType(new QComboBox(this))
    , m_basis(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_review(new QSpinBox(this))
    , m_tiers(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Tier"), this))
    , m_remove(new QPushButton(tr("Re&move Tier"), this))
    , m_save(new QPushButton(tr("&Save Programme"), this))
    , m_status(new QLabel(this))
{
    m_cardType->setObjectName(QStringLiteral("cardType"));
    m_basis->setObjectName(QStringLiteral("basis"));
    //: What a tier is earned with
    m_basis->addItem(tr("Points earned"), int(TierBasis::PointsEarned));
    //: What a tier is earned with
    m_basis->addItem(tr("Amount spent"), int(TierBasis::AmountSpent));
    m_window->setObjectName(QStringLiteral("windowDays"));
    m_window->setRange(1, 3650);
    //: Suffix of a number of days
    m_window->setSuffix(tr(" days"));
    m_review->setObjectName(QStringLiteral("reviewDays"));
    m_review->setRange(1, 3650);
    m_review->setSuffix(tr(" days"));
    m_tiers->setObjectName(QStringLiteral("tiers"));
    m_tiers->setHorizontalHeaderLabels({tr("Key"), tr("Name (Persian)"), tr("Name (Arabic)"), tr("Name (English)"),
                                        tr("Threshold")});
    m_tiers->horizontalHeader()->setStretchLastSection(true);
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->hide();
    m_tiers->setTabKeyNavigation(false);
    m_tiers->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_add->setObjectName(QStringLiteral("addTier"));
    m_remove->setObjectName(QStringLiteral("removeTier"));
    m_save->setObjectName(QStringLiteral("saveProgram"));
    m_save->setShortcut(QKeySequence::Save);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    connect(m_add, &QPushButton::clicked, this, &TiersPage::addTier);
    connect(m_remove, &QPushButton::clicked, this, &TiersPage::removeTier);
    connect(m_save, &QPushButton::clicked, this, &TiersPage::save);
    connect(m_cardType, &QComboBox::currentIndexChanged, this, &TiersPage::loadProgram);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Card type:"), m_cardType, QStringLiteral("cardTypeId"));
    m_errors->addRow(form, tr("Tiers are &earned with:"), m_basis, QStringLiteral("basis"));
    m_errors->addRow(form, tr("Counted over the last:"), m_window, QStringLiteral("windowDays"));
    m_errors->addRow(form, tr("A tier holds at least:"), m_review, QStringLiteral("reviewDays"));
    auto *tiersLabel = new QLabel(tr("&Tiers, lowest first:"), this);
    tiersLabel->setBuddy(m_tiers);
    QLabel *tiersError = m_errors->add(QStringLiteral("tiers"), m_tiers);
    for (const QString &field : {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("rank"),
                                 QStringLiteral("threshold")})
        m_errors->alias(field, QStringLiteral("tiers"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tiersLabel);
    layout->addWidget(m_tiers, 1);
    layout->addWidget(tiersError);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    reloadCardTypes();
}

QString TiersPage::title() const
{
    //: Side bar page title: membership tier programmes
    return tr("Tiers");
}

void TiersPage::activate()
{
    reloadCardTypes();
    m_cardType->setFocus();
}

void TiersPage::reloadCardTypes()
{
    const QVariant keep = m_cardType->currentData();
    const QSignalBlocker block(m_cardType);
    m_cardType->clear();
    if (Result<QList<CardType>> types = context().cards().cardTypes(context().actor()); types) {
        for (const CardType &t : std::as_const(*types))
            m_cardType->addItem(t.name, QVariant::fromValue<qint64>(t.id));
    }
    m_cardType->setCurrentIndex(std::max(0, m_cardType->findData(keep)));
    loadProgram();
}

void TiersPage::setRow(int row, const TierLevel &level)
{
    const QStringList texts{level.key, level.nameFa, level.nameAr, level.nameEn, plain(level.threshold)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        // Keys are Latin and thresholds numbers: they read left to right in any language.
        if (column == KeyColumn || column == ThresholdColumn || column == NameEnColumn)
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_tiers->setItem(row, column, item);
    }
}

void TiersPage::loadProgram()
{
    m_errors->clear();
    m_status->clear();
    m_tiers->setRowCount(0);
    const bool any = m_cardType->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_basis, m_window, m_review, m_tiers, m_add, m_remove, m_save})
        w->setEnabled(any);
    if (!any) {
        m_status->setText(tr("Create a card type first: each card type has its own tier programme."));
        return;
    }
    Result<TierProgram> program = context().tiers().program(context().actor(), m_cardType->currentData().toLongLong());
    TierProgram p;
    if (program) {
        p = *program;
    } else if (program.error().code == Error::Code::NotFound) {
        m_status->setText(tr("This card type has no tier programme yet. Add its tiers and save."));
    } else {
        m_status->setText(program.error().message);
        return;
    }
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(p.basis))));
    m_window->setValue(p.windowDays);
    m_review->setValue(p.reviewDays);
    m_tiers->setRowCount(int(p.tiers.size()));
    for (int row = 0; row < p.tiers.size(); ++row)
        setRow(row, p.tiers.at(row));
    if (program && p.updatedAt.isValid())
        //: %1 is a date and time
        m_status->setText(tr("Saved on %1.").arg(Format::dateTime(p.updatedAt)));
}

void TiersPage::addTier()
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    setRow(row, TierLevel{});
    m_tiers->item(row, ThresholdColumn)->setText(QString());
    m_tiers->setCurrentCell(row, KeyColumn);
    m_tiers->setFocus();
}

void TiersPage::removeTier()
{
    const int row = m_tiers->currentRow();
    if (row >= 0)
        m_tiers->removeRow(row);
}

Result<TierProgram> TiersPage::draft() const
{
    TierProgram p;
    p.cardTypeId = m_cardType->currentData().toLongLong();
    p.basis = TierBasis(m_basis->currentData().toInt());
    p.windowDays = m_window->value();
    p.reviewDays = m_review->value();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_tiers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        TierLevel level;
        level.key = text(KeyColumn);
        level.nameFa = text(NameFaColumn);
        level.nameAr = text(NameArColumn);
        level.nameEn = text(NameEnColumn);
        level.rank = row + 1;
        const std::optional<qint64> threshold = text(ThresholdColumn).isEmpty() ? 0 : digitsOf(text(ThresholdColumn));
        if (!threshold)
            //: %1 is the tier's key
            return Error::make(Error::Code::Invalid, tr("Enter the threshold of %1 as a whole number.").arg(level.key),
                               {}, QStringLiteral("threshold"));
        level.threshold = *threshold;
        p.tiers.append(level);
    }
    return p;
}

bool TiersPage::save()
{
    m_errors->clear();
    Result<TierProgram> p = draft();
    if (!p) {
        m_errors->report(p.error());
        return false;
    }
    if (Status s = context().tiers().saveProgram(context().actor(), *p); !s) {
        m_errors->report(s.error());
        return false;
    }
    loadProgram();
    return true;
}

} // namespace Club::Ui
