// Label drawing that stays readable at every zoom: labels keep a fixed screen size (sigma's grid decides
// how many show), and each is drawn over a white halo so edges and nodes behind it do not blur it.
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

export const drawLabelWithHalo: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(data.label, x, y);
  context.fillStyle = "#1d2330";
  context.fillText(data.label, x, y);
};

export const drawEdgeLabelWithHalo: EdgeLabelDrawingFunction = (context, edge, source, target, settings) => {
  if (!edge.label) return;
  const size = settings.edgeLabelSize;
  context.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return;
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
  const cx = source.x + (dx * (source.size + (d - source.size - target.size) / 2)) / d;
  const cy = source.y + (dy * (source.size + (d - source.size - target.size) / 2)) / d;
  const width = context.measureText(edge.label).width;
  context.save();
  context.translate(cx, cy);
  context.rotate(angle);
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.95)";
  context.strokeText(edge.label, -width / 2, -edge.size / 2 - 3);
  context.fillStyle = "#3a4150";
  context.fillText(edge.label, -width / 2, -edge.size / 2 - 3);
  context.restore();
};
