/** Chart colours: Teams purple first, then colours that stay apart for colour-blind readers. */
export const CHART_COLORS = ['#5b5fc7', '#e8743b', '#19a979', '#945ecf', '#13a4b4', '#bf399e', '#6c8893', '#ee6868', '#a0722f', '#2f6497'];

export const CHART_TEXT_COLOR = '#242424';
export const CHART_MUTED_TEXT_COLOR = '#616161';
export const CHART_GRID_COLOR = '#e6e6e6';
