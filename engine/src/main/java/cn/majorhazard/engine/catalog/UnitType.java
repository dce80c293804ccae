package cn.majorhazard.engine.catalog;

/** 单元类型 — a kind of unit a standard speaks of (罐区 TANK_FARM, 矿井 MINE ...). */
public record UnitType(String id, String zh, String en) {
}
