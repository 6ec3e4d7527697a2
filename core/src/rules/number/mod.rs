//! 数字 rules, from GB/T 15835—2011《出版物上数字用法》, plus calendar checks on dates.
//!
//! Zeros: `year-zero` (二〇二四年, not 二0二四), `quantity-zero` (三千零五十二). Forms: `mixed-date`,
//! `two-digit-year`, `decimal-point`, `mixed-numerals` (4千), `approx-arabic` (20几), `range-unit`
//! (15%～30%), `date-name` (“3·15”). Calendar: `impossible-date` (6月31日) and `weekday-mismatch`,
//! computed with pure arithmetic in `rules/numerals.rs`, which also finds the dates and ranges.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod approx_arabic;
mod date_name;
mod decimal_point;
mod impossible_date;
mod mixed_date;
mod mixed_numerals;
mod quantity_zero;
mod range_unit;
mod two_digit_year;
mod weekday_mismatch;
mod year_zero;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &year_zero::DOC,
    &quantity_zero::DOC,
    &mixed_date::DOC,
    &two_digit_year::DOC,
    &decimal_point::DOC,
    &mixed_numerals::DOC,
    &approx_arabic::DOC,
    &range_unit::DOC,
    &impossible_date::DOC,
    &weekday_mismatch::DOC,
    &date_name::DOC,
];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&year_zero::DOC) {
        rules.push(Box::new(year_zero::YearZero));
    }
    if (cx.enabled)(&quantity_zero::DOC) {
        rules.push(Box::new(quantity_zero::QuantityZero));
    }
    if (cx.enabled)(&mixed_date::DOC) {
        rules.push(Box::new(mixed_date::MixedDate));
    }
    if (cx.enabled)(&two_digit_year::DOC) {
        rules.push(Box::new(two_digit_year::TwoDigitYear));
    }
    if (cx.enabled)(&decimal_point::DOC) {
        rules.push(Box::new(decimal_point::DecimalPoint));
    }
    if (cx.enabled)(&mixed_numerals::DOC) {
        rules.push(Box::new(mixed_numerals::MixedNumerals));
    }
    if (cx.enabled)(&approx_arabic::DOC) {
        rules.push(Box::new(approx_arabic::ApproxArabic));
    }
    if (cx.enabled)(&range_unit::DOC) {
        rules.push(Box::new(range_unit::RangeUnit));
    }
    if (cx.enabled)(&impossible_date::DOC) {
        rules.push(Box::new(impossible_date::ImpossibleDate));
    }
    if (cx.enabled)(&weekday_mismatch::DOC) {
        rules.push(Box::new(weekday_mismatch::WeekdayMismatch));
    }
    if (cx.enabled)(&date_name::DOC) {
        rules.push(Box::new(date_name::DateName));
    }
    Ok(())
}
