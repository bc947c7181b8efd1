/**
 * Size charts. Ranges are inclusive [min, max]; neighbouring rows share their boundary so that
 * every height 150–190 cm and weight 40–100 kg falls in some row (on a shared boundary, both match).
 */
type Range = [number, number];
interface Row {
  size: string;
  height_cm?: Range;
  weight_kg?: Range;
  chest_cm?: Range;
  waist_cm?: Range;
  hip_cm?: Range;
  foot_mm?: Range;
}

const row = (size: string, h: Range, w: Range, extra: Omit<Row, 'size'> = {}): Row => ({
  size,
  height_cm: h,
  weight_kg: w,
  ...extra,
});

const shoeRows: Row[] = [];
for (let size = 35; size <= 45; size++) {
  const foot = 225 + (size - 35) * 5;
  shoeRows.push({ size: String(size), foot_mm: [foot - 2.5, foot + 2.5] });
}

export const SIZE_CHARTS: Record<string, { note?: { zh: string; en: string }; rows: Row[] }> = {
  'tops-unisex': {
    rows: [
      row('XS', [145, 158], [35, 48], { chest_cm: [80, 86] }),
      row('S', [158, 165], [48, 55], { chest_cm: [86, 90] }),
      row('M', [165, 172], [55, 63], { chest_cm: [90, 96] }),
      row('L', [172, 178], [63, 72], { chest_cm: [96, 102] }),
      row('XL', [178, 183], [72, 80], { chest_cm: [102, 108] }),
      row('XXL', [183, 188], [80, 90], { chest_cm: [108, 114] }),
      row('XXXL', [188, 195], [90, 105], { chest_cm: [114, 120] }),
    ],
  },
  'tops-men': {
    rows: [
      row('S', [150, 166], [40, 57], { chest_cm: [86, 92] }),
      row('M', [166, 172], [57, 65], { chest_cm: [92, 98] }),
      row('L', [172, 178], [65, 73], { chest_cm: [98, 104] }),
      row('XL', [178, 183], [73, 81], { chest_cm: [104, 110] }),
      row('XXL', [183, 188], [81, 90], { chest_cm: [110, 116] }),
      row('XXXL', [188, 195], [90, 105], { chest_cm: [116, 122] }),
    ],
  },
  'tops-women': {
    rows: [
      row('XS', [145, 155], [35, 45], { chest_cm: [76, 80] }),
      row('S', [155, 160], [45, 50], { chest_cm: [80, 84] }),
      row('M', [160, 165], [50, 56], { chest_cm: [84, 88] }),
      row('L', [165, 170], [56, 63], { chest_cm: [88, 94] }),
      row('XL', [170, 176], [63, 72], { chest_cm: [94, 100] }),
      row('XXL', [176, 190], [72, 100], { chest_cm: [100, 110] }),
    ],
  },
  bottoms: {
    note: { zh: '半身裙、女款裤型以腰围为准', en: 'For skirts and women\u2019s cuts, go by waist' },
    rows: [
      row('XS', [145, 158], [35, 47], { waist_cm: [60, 64], hip_cm: [84, 88] }),
      row('S', [158, 165], [47, 55], { waist_cm: [64, 70], hip_cm: [88, 92] }),
      row('M', [165, 172], [55, 63], { waist_cm: [70, 76], hip_cm: [92, 96] }),
      row('L', [172, 178], [63, 72], { waist_cm: [76, 82], hip_cm: [96, 100] }),
      row('XL', [178, 183], [72, 80], { waist_cm: [82, 88], hip_cm: [100, 106] }),
      row('XXL', [183, 188], [80, 90], { waist_cm: [88, 96], hip_cm: [106, 112] }),
      row('XXXL', [188, 195], [90, 105], { waist_cm: [96, 104], hip_cm: [112, 118] }),
    ],
  },
  dresses: {
    rows: [
      row('XS', [145, 155], [35, 45], { chest_cm: [76, 80], waist_cm: [58, 62] }),
      row('S', [155, 160], [45, 50], { chest_cm: [80, 84], waist_cm: [62, 66] }),
      row('M', [160, 165], [50, 56], { chest_cm: [84, 88], waist_cm: [66, 70] }),
      row('L', [165, 170], [56, 63], { chest_cm: [88, 94], waist_cm: [70, 76] }),
      row('XL', [170, 176], [63, 72], { chest_cm: [94, 100], waist_cm: [76, 82] }),
      row('XXL', [176, 190], [72, 100], { chest_cm: [100, 110], waist_cm: [82, 92] }),
    ],
  },
  underwear: {
    rows: [
      row('S', [145, 160], [35, 50], { waist_cm: [60, 68] }),
      row('M', [160, 168], [50, 60], { waist_cm: [68, 76] }),
      row('L', [168, 175], [60, 70], { waist_cm: [76, 84] }),
      row('XL', [175, 182], [70, 80], { waist_cm: [84, 92] }),
      row('XXL', [182, 188], [80, 90], { waist_cm: [92, 100] }),
      row('XXXL', [188, 195], [90, 105], { waist_cm: [100, 108] }),
    ],
  },
  shoes: {
    note: { zh: '按脚长选码（脚跟到最长脚趾）', en: 'Choose by foot length (heel to longest toe)' },
    rows: shoeRows,
  },
};
